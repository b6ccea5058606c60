package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;

/**
 * Text we write (caveats, change, messages, the Checks sheet) that starts with =, +, - or @ stays
 * text and never becomes a formula, and every link we add points inside the workbook.
 */
class OutputSafetyTest {

  /** Officer text that a spreadsheet would run if it were written as a formula. */
  private static final String[] HOSTILE = {
    "=HYPERLINK(\"http://evil.example/\",\"Click\")",
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0"
  };

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("xlsx", (Supplier<Workbook>) XSSFWorkbook::new),
        Arguments.of("xls", (Supplier<Workbook>) HSSFWorkbook::new));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void formulaLikeTextIsWrittenAsTextAndLinksStayInside(String ext, Supplier<Workbook> kind)
      throws Exception {
    byte[] in = hostileScorecard(kind.get());
    Rated rated = new Scorecard().rate(new Input("hostile." + ext, in), Options.DEFAULT);
    try (Workbook out = WorkbookFactory.create(new ByteArrayInputStream(rated.bytes()))) {
      List<String> formulaLike = new ArrayList<>();
      for (Sheet sheet : out) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType())
                .as(sheet.getSheetName() + "!" + cell.getAddress())
                .isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING
                && cell.getStringCellValue().matches("(?s)[=+\\-@].*")) {
              formulaLike.add(cell.getStringCellValue());
            }
            assertLinkInside(out, cell.getHyperlink());
          }
        }
      }
      Sheet checks = out.getSheet("Checks");
      assertThat(checks).as("the Checks sheet").isNotNull();
      assertThat(formulaLike)
          .as("formula-like text we wrote or kept, as text")
          .contains(HOSTILE[0], HOSTILE[1])
          .hasSizeGreaterThan(HOSTILE.length);
    }
    if (ext.equals("xlsx")) {
      Map<String, byte[]> parts = PackageComparison.parts(rated.bytes());
      parts.forEach(
          (name, bytes) ->
              assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                  .as(name)
                  .doesNotContain("TargetMode=\"External\""));
    }
  }

  private static void assertLinkInside(Workbook wb, Hyperlink link) {
    if (link == null) {
      return;
    }
    assertThat(link.getType()).isEqualTo(HyperlinkType.DOCUMENT);
    String address = link.getAddress();
    assertThat(address).matches("'.+'![A-Z]+[0-9]+");
    String sheet = address.substring(1, address.lastIndexOf("'!")).replace("''", "'");
    assertThat(wb.getSheet(sheet)).as("link target sheet " + sheet).isNotNull();
  }

  /** Titles, a figure and caveats a spreadsheet would run as formulas, in a scorecard we rate. */
  private static byte[] hostileScorecard(Workbook wb) throws Exception {
    Sheet s = wb.createSheet("Scorecard");
    Object[][] rows = {
      {
        "Ref",
        "Indicator",
        "Polarity",
        "Unit",
        "Jun-19",
        "Jul-19",
        "Target",
        "Tolerance",
        "Change",
        "RAG",
        "Caveat"
      },
      {"FD 1", HOSTILE[0], "Higher is better", "Number", 10, 12, 20, "10%", null, null, HOSTILE[1]},
      {
        "FD 2", HOSTILE[2], "Lower is better", "Number", 30, HOSTILE[3], 20, "10%", null, null, null
      },
      {
        HOSTILE[3],
        "Caseload",
        "Lower is better",
        "Number",
        18,
        -5,
        20,
        "10%",
        null,
        null,
        HOSTILE[2]
      }
    };
    for (int r = 0; r < rows.length; r++) {
      Row row = s.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        Object v = rows[r][c];
        if (v instanceof String t) {
          row.createCell(c).setCellValue(t);
        } else if (v instanceof Integer n) {
          row.createCell(c).setCellValue(n);
        }
      }
    }
    try (wb;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    }
  }
}
