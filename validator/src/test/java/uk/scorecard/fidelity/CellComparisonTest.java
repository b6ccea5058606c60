package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Proves CellComparison sees each kind of loss on its own, and nothing when nothing changed. */
class CellComparisonTest {
  private static final byte[] XLSX = SampleWorkbook.xlsx();
  private static final byte[] XLS = SampleWorkbook.xls();

  /** One change to a saved workbook and the one difference it must cause. */
  record Mutation(
      String name, Consumer<Workbook> change, String where, String what, boolean xlsxOnly) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Mutation> mutations() {
    return Stream.of(
        m(
            "change a value",
            wb -> cell(wb, 1, 0).setCellValue("East"),
            "Data!A2",
            "value: 'North' -> 'East'"),
        m("change a number", wb -> cell(wb, 2, 1).setCellValue(8), "Data!B3", "value: 7.0 -> 8.0"),
        m(
            "change a formula",
            wb -> cell(wb, 1, 2).setCellFormula("2*B2"),
            "Data!C2",
            "formula: =B2*2 -> =2*B2"),
        m(
            "turn a formula into its value",
            wb -> replaceWithNumber(wb, 2, 2, 14.0),
            "Data!C3",
            "formula: =B3*2 -> none"),
        m(
            "fill an empty cell",
            wb -> wb.getSheet("Data").getRow(2).createCell(7).setCellValue("x"),
            "Data!H3",
            "value: blank -> 'x'"),
        m(
            "change a number format",
            wb -> restyle(wb, 1, 1, s -> s.setDataFormat(wb.createDataFormat().getFormat("0.00"))),
            "Data!B2",
            "number format: 0.0 -> 0.00"),
        m(
            "change a fill",
            wb -> restyle(wb, 1, 1, s -> s.setFillForegroundColor(IndexedColors.GREEN.getIndex())),
            "Data!B2",
            "fill colour"),
        m(
            "make a font bold",
            wb -> restyle(wb, 1, 0, s -> s.setFont(boldFont(wb))),
            "Data!A2",
            "bold: false -> true"),
        m(
            "remove a merge",
            wb -> wb.getSheet("Data").removeMergedRegion(0),
            "Data",
            "merged region lost: A5:C5"),
        m(
            "remove a validation",
            wb -> ((XSSFSheet) wb.getSheet("Data")).getCTWorksheet().unsetDataValidations(),
            "Data",
            "data validation lost: B2:B3",
            true),
        m(
            "remove a conditional format",
            wb ->
                wb.getSheet("Data").getSheetConditionalFormatting().removeConditionalFormatting(0),
            "Data",
            "conditional format lost: B2:B3"),
        m(
            "rename a name",
            wb -> wb.getName("Threshold").setNameName("Limit"),
            "name Threshold",
            "renamed to Limit"),
        m(
            "repoint a name",
            wb -> wb.getName("Threshold").setRefersToFormula("Data!$B$3"),
            "name Threshold",
            "refers to: Data!$B$2 -> Data!$B$3"),
        m(
            "unhide a sheet",
            wb -> wb.setSheetHidden(1, false),
            "Lookup",
            "visibility: HIDDEN -> VISIBLE"),
        m(
            "drop a comment",
            wb -> cell(wb, 1, 1).removeCellComment(),
            "Data!B2",
            "comment: 'Checked by finance' by 'Officer' -> none"),
        m(
            "change a comment's author",
            wb -> cell(wb, 1, 1).getCellComment().setAuthor("Someone"),
            "Data!B2",
            "comment: 'Checked by finance' by 'Officer' -> 'Checked by finance' by 'Someone'"),
        m(
            "drop a hyperlink",
            wb -> cell(wb, 2, 0).removeHyperlink(),
            "Data!A3",
            "hyperlink: URL https://www.gov.uk/ -> none"),
        m(
            "move the frozen pane",
            wb -> wb.getSheet("Data").createFreezePane(0, 2),
            "Data",
            "pane: frozen"),
        m(
            "widen a column",
            wb -> wb.getSheet("Data").setColumnWidth(0, 30 * 256),
            "Data!column A",
            "width: 5120 -> 7680"),
        m(
            "hide a column",
            wb -> wb.getSheet("Data").setColumnHidden(0, true),
            "Data!column A",
            "hidden: false -> true"),
        m(
            "change a row height",
            wb -> wb.getSheet("Data").getRow(2).setHeightInPoints(40),
            "Data!row 3",
            "height"),
        m("move the print area", wb -> wb.setPrintArea(0, "$A$1:$B$3"), "Data", "print area"),
        m("delete a sheet", wb -> wb.removeSheetAt(1), "Lookup", "sheet missing"),
        // xlsx only: HSSF's setSheetOrder leaves the print area pointing at the new first sheet.
        m(
            "insert a sheet first",
            wb -> wb.setSheetOrder(wb.createSheet("New").getSheetName(), 0),
            "New",
            "new sheet placed among the originals",
            true));
  }

  static Stream<Arguments> xlsMutations() {
    return mutations().filter(m -> !m.xlsxOnly()).map(Arguments::of);
  }

  @ParameterizedTest(name = "xlsx: {0}")
  @MethodSource("mutations")
  void reportsExactlyTheOneChangeInXlsx(Mutation m) {
    assertOnlyDifference(XLSX, m);
  }

  @ParameterizedTest(name = "xls: {0}")
  @MethodSource("xlsMutations")
  void reportsExactlyTheOneChangeInXls(Mutation m) {
    assertOnlyDifference(XLS, m);
  }

  @Test
  void identicalCopiesHaveNoDifferences() {
    for (byte[] wb : new byte[][] {XLSX, XLS, SampleWorkbook.xlsm()}) {
      assertThat(CellComparison.compare(wb, wb.clone(), Touched.nothing())).isEmpty();
      assertThat(CellComparison.compare(wb, SampleWorkbook.edit(wb, x -> {}), Touched.nothing()))
          .isEmpty();
    }
  }

  /**
   * Real workbooks with charts, pivots, tables, rules, validations, comments, macros and old
   * formats.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "123233_charts.xlsx",
        "ConditionalFormattingSamples.xlsx",
        "DataValidationEvaluations.xlsx",
        "ExcelPivotTableSample.xlsx",
        "ExcelTables.xlsx",
        "SimpleMacro.xlsm",
        "xlmmacro.xlsm",
        "SampleSS.xls",
        "1904DateWindowing.xls",
        "SimpleWithComments.xlsx",
        "TwoSheetsOneHidden.xlsx",
        "WithChartSheet.xlsx",
        "right-to-left.xlsx",
        "unicodeSheetName.xlsx",
        "sheetProtection_allLocked.xlsx",
        "link-external-workbook-a.xlsx"
      })
  void realWorkbooksMatchThemselvesAndAPoiResave(String file) {
    byte[] wb = Corpus.read("robustness/" + file);
    assertThat(CellComparison.compare(wb, wb, Touched.nothing())).isEmpty();
    assertThat(CellComparison.compare(wb, SampleWorkbook.edit(wb, x -> {}), Touched.nothing()))
        .isEmpty();
  }

  @Test
  void aChecksSheetAppendedLastIsAllowed() {
    byte[] copy =
        SampleWorkbook.edit(
            XLSX,
            wb ->
                wb.createSheet("Checks")
                    .createRow(0)
                    .createCell(0)
                    .setCellValue("All checks passed"));
    assertThat(CellComparison.compare(XLSX, copy, Touched.nothing())).isEmpty();
  }

  @Test
  void touchedCellsMayChangeButTheirNeighboursMayNot() {
    byte[] copy =
        SampleWorkbook.edit(
            XLSX,
            wb -> {
              cell(wb, 2, 1).setCellValue(99);
              restyle(wb, 2, 1, s -> s.setFillForegroundColor(IndexedColors.RED.getIndex()));
              cell(wb, 1, 1).removeCellComment();
            });
    assertThat(CellComparison.compare(XLSX, copy, Touched.cells("Data", "B2", "B3"))).isEmpty();
    assertThat(CellComparison.compare(XLSX, copy, Touched.cells("Data", "B3")))
        .extracting(Difference::where)
        .containsOnly("Data!B2");
  }

  @Test
  void anUnreadableCopyIsOneDifference() {
    assertThat(CellComparison.compare(XLSX, new byte[] {1, 2, 3}, Touched.nothing()))
        .singleElement()
        .extracting(Difference::where)
        .isEqualTo("workbook");
  }

  private static void assertOnlyDifference(byte[] original, Mutation m) {
    byte[] changed = SampleWorkbook.edit(original, m.change());
    assertThat(CellComparison.compare(original, changed, Touched.nothing()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.where()).isEqualTo(m.where());
              assertThat(d.what()).contains(m.what());
            });
  }

  private static Mutation m(String name, Consumer<Workbook> change, String where, String what) {
    return new Mutation(name, change, where, what, false);
  }

  private static Mutation m(
      String name, Consumer<Workbook> change, String where, String what, boolean x) {
    return new Mutation(name, change, where, what, x);
  }

  private static Cell cell(Workbook wb, int row, int col) {
    return wb.getSheet("Data").getRow(row).getCell(col);
  }

  /** Replaces a cell with a plain number (HSSF does not save removeFormula()). */
  private static void replaceWithNumber(Workbook wb, int row, int col, double value) {
    var r = wb.getSheet("Data").getRow(row);
    r.removeCell(r.getCell(col));
    r.createCell(col).setCellValue(value);
  }

  private static void restyle(Workbook wb, int row, int col, Consumer<CellStyle> change) {
    CellStyle style = wb.createCellStyle();
    style.cloneStyleFrom(cell(wb, row, col).getCellStyle());
    change.accept(style);
    cell(wb, row, col).setCellStyle(style);
  }

  /** A bold copy of the sample's default font (same name, size and colour). */
  private static Font boldFont(Workbook wb) {
    Font plain = wb.getFontAt(0);
    Font f = wb.createFont();
    f.setFontName(plain.getFontName());
    f.setFontHeight(plain.getFontHeight());
    f.setColor(plain.getColor());
    f.setBold(true);
    return f;
  }
}
