package uk.scorecard.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.model.UsedRange;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.JsonReport;
import uk.scorecard.report.Report;

/**
 * A workbook rebuilt from its used ranges as the add-in reads them through Excel's API (values,
 * number formats, formulas) is rated as the file itself is: the same indicators, ratings and
 * findings, for fixtures with no notes or merged cells, whose loss the pane states.
 */
class ValuesWorkbookTest {

  private static final Scorecard SCORECARD = new Scorecard();

  static List<String> fixtures() {
    return List.of("quarterly", "columns-added");
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void theRebuiltWorkbookIsRatedAsTheFileIs(String name) throws Exception {
    byte[] file = Scorecards.all().get(name).get();
    List<UsedRange> ranges = usedRanges(file);
    Report fromFile = SCORECARD.check(new Input("w.xlsx", file), Options.DEFAULT);
    Report fromValues = SCORECARD.check(Input.ofValues("w.xlsx", ranges), Options.DEFAULT);
    assertThat(fromFile.indicators()).isNotEmpty();
    assertThat(json(fromValues)).isEqualTo(json(fromFile));
  }

  @Test
  void percentagesAreReadAsShownThroughTheirNumberFormat() throws Exception {
    UsedRange sheet =
        new UsedRange(
            "Scorecard",
            "Scorecard!B2:E4",
            List.of(
                List.of("Indicator", "Polarity", 43617.0, "Target"),
                List.of("Assessments on time", "Higher is better", 0.85, 0.9),
                List.of("Re-referrals", "Lower is better", 0.2, 0.22)),
            List.of(
                List.of("General", "General", "mmm-yy", "General"),
                List.of("General", "General", "0%", "0%"),
                List.of("General", "General", "0.0%", "0.0%")),
            null);
    byte[] xlsx = ValuesWorkbook.xlsx(List.of(sheet));
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Cell pct = wb.getSheet("Scorecard").getRow(2).getCell(3);
      assertThat(pct.getNumericCellValue()).isEqualTo(0.85);
      assertThat(pct.getCellStyle().getDataFormatString()).isEqualTo("0%");
      assertThat(wb.getSheet("Scorecard").getRow(1).getCell(3).getCellStyle().getDataFormatString())
          .isEqualTo("mmm-yy");
    }
  }

  @Test
  void aFormulaIsKeptWithItsResultUnparsed() throws Exception {
    UsedRange sheet =
        new UsedRange(
            "S",
            "A1:C1",
            List.of(Arrays.asList(2.0, "Red", "#DIV/0!")),
            null,
            List.of(Arrays.asList("=Other!A1*2", "=IF(A1>1,\"Red\",\"Green\")", "=1/0")));
    try (Workbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(ValuesWorkbook.xlsx(List.of(sheet))))) {
      Row row = wb.getSheet("S").getRow(0);
      assertThat(row.getCell(0).getCellFormula()).isEqualTo("Other!A1*2");
      assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(2.0);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Red");
      assertThat(row.getCell(2).getCachedFormulaResultType()).isEqualTo(CellType.ERROR);
    }
  }

  @Test
  void rangesThatAreNotAWorkbookAreRefusedInOneLine() {
    UsedRange bad = new UsedRange("S", "not an address", List.of(List.of(1.0)), null, null);
    assertThatThrownBy(() -> ValuesWorkbook.xlsx(List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a range's address is not an A1 reference");
    UsedRange odd = new UsedRange("S", "A1", List.of(List.of(Map.of())), null, null);
    assertThatThrownBy(() -> ValuesWorkbook.xlsx(List.of(odd)))
        .isInstanceOf(IllegalArgumentException.class);
    UsedRange named = new UsedRange("a/b", "A1", List.of(List.of(1.0)), null, null);
    assertThatThrownBy(() -> ValuesWorkbook.xlsx(List.of(named)))
        .hasMessage("a sheet name is not one Excel allows");
    assertThatThrownBy(() -> ValuesWorkbook.xlsx(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moreCellsThanAnUploadMayHaveAreRefused() {
    List<Object> row = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      row.add(1.0);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      rows.add(row);
    }
    UsedRange big = new UsedRange("S", "A1", List.copyOf(rows), null, null);
    assertThatThrownBy(() -> ValuesWorkbook.xlsx(List.of(big)))
        .isInstanceOf(WorkbookRefusedException.class)
        .hasMessageContaining("cells");
  }

  private static String json(Report r) throws Exception {
    StringWriter out = new StringWriter();
    JsonReport.write(List.of(r), out);
    return out.toString();
  }

  /**
   * Each sheet's used range as Excel's API gives it: values (numbers, text, true/false, error
   * words; "" for an empty cell), number format codes, and formulas where a cell has one.
   */
  static List<UsedRange> usedRanges(byte[] file) throws Exception {
    List<UsedRange> out = new ArrayList<>();
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
      for (Sheet s : wb) {
        int top = s.getFirstRowNum() < 0 ? 0 : s.getFirstRowNum();
        int bottom = Math.max(top, s.getLastRowNum());
        int left = Integer.MAX_VALUE;
        int right = 0;
        for (Row r : s) {
          for (Cell c : r) {
            if (c.getCellType() != CellType.BLANK) {
              left = Math.min(left, c.getColumnIndex());
              right = Math.max(right, c.getColumnIndex());
            }
          }
        }
        left = left == Integer.MAX_VALUE ? 0 : left;
        List<List<Object>> values = new ArrayList<>();
        List<List<String>> formats = new ArrayList<>();
        List<List<String>> formulas = new ArrayList<>();
        for (int r = top; r <= bottom; r++) {
          List<Object> vs = new ArrayList<>();
          List<String> fs = new ArrayList<>();
          List<String> xs = new ArrayList<>();
          for (int c = left; c <= right; c++) {
            Row row = s.getRow(r);
            Cell cell = row == null ? null : row.getCell(c);
            vs.add(cell == null ? "" : value(cell));
            fs.add(cell == null ? "General" : cell.getCellStyle().getDataFormatString());
            xs.add(
                cell != null && cell.getCellType() == CellType.FORMULA
                    ? "=" + cell.getCellFormula()
                    : null);
          }
          values.add(vs);
          formats.add(fs);
          formulas.add(xs);
        }
        String address =
            s.getSheetName()
                + "!"
                + new CellRangeAddress(top, bottom, left, right).formatAsString();
        out.add(new UsedRange(s.getSheetName(), address, List.copyOf(values), formats, formulas));
      }
    }
    return out;
  }

  private static Object value(Cell cell) {
    CellType t =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (t) {
      case NUMERIC -> cell.getNumericCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      case STRING -> cell.getStringCellValue();
      default -> "";
    };
  }
}
