package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;

/** How rated cells show: a long caveat is not cut off, and a sparse styles part still rates. */
class PresentationTest {

  private final Scorecard scorecard = new Scorecard();

  @Test
  void aRowWithAMultiLineCaveatIsTallEnoughToShowIt() throws Exception {
    byte[] rated = rate(Scorecards.monthly());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rated))) {
      Sheet s = wb.getSheet("Scorecard");
      int caveatCol = column(s, "Caveat");
      Row amt = row(s, "AMT 2");
      Cell caveat = amt.getCell(caveatCol);
      int lines = caveat.getStringCellValue().split("\n").length;
      assertThat(lines).as("the fixture's caveat has the officer's line and ours").isGreaterThan(1);
      assertThat(caveat.getCellStyle().getWrapText()).isTrue();
      assertThat(amt.getHeightInPoints()).isGreaterThanOrEqualTo(15f * lines);
    }
  }

  @Test
  void aStylesPartWithNoCellFormatsGetsThemAddedCleanly() throws Exception {
    byte[] sparse =
        Zips.edit(
            Scorecards.noTable(),
            parts ->
                parts.put(
                    "xl/styles.xml",
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas."
                            + "openxmlformats.org/spreadsheetml/2006/main\"/>")
                        .getBytes(StandardCharsets.UTF_8)));
    byte[] rated = rate(sparse);
    String styles =
        new String(PackageComparison.parts(rated).get("xl/styles.xml"), StandardCharsets.UTF_8);
    assertThat(styles)
        .containsSubsequence("<fonts", "<fills", "<borders", "<cellStyleXfs", "<cellXfs");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rated))) {
      assertThat(wb.getSheet("Checks").getRow(0).getCell(0).getCellStyle().getFont().getBold())
          .isTrue();
    }
    new FidelityChecks(
            "sparse-styles.xlsx",
            sparse,
            scorecard.rate(new Input("s.xlsx", sparse), Options.DEFAULT))
        .opensInLibreOffice();
  }

  private byte[] rate(byte[] wb) throws Exception {
    return scorecard.rate(new Input("wb.xlsx", wb), Options.DEFAULT).bytes();
  }

  private static int column(Sheet s, String header) {
    for (Row r : s) {
      for (Cell c : r) {
        if (c.toString().equals(header)) {
          return c.getColumnIndex();
        }
      }
    }
    throw new AssertionError("no " + header + " column");
  }

  private static Row row(Sheet s, String id) {
    for (Row r : s) {
      if (r.getCell(0) != null && r.getCell(0).toString().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no row " + id);
  }
}
