package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;

/** Re-rating finds our Checks sheet however Excel or the officer has re-saved it: never two. */
class ChecksSheetRecognitionTest {

  private final Scorecard scorecard = new Scorecard();

  @Test
  void aChecksSheetRenamedAndResavedIsReplacedNotDoubled() throws Exception {
    byte[] once = rate(Scorecards.monthly());
    // As Excel re-saves: the title moves to the shared strings; and the officer renames the tab.
    byte[] resaved =
        SampleWorkbook.edit(
            once,
            wb -> {
              int i = wb.getSheetIndex("Checks");
              wb.setSheetName(i, "Board pack checks");
              var a1 = wb.getSheetAt(i).getRow(0).getCell(0);
              a1.setBlank();
              a1.setCellValue("Scorecard checks");
            });
    String part = PackageComparison.sheetPart(resaved, "Board pack checks");
    assertThat(new String(PackageComparison.parts(resaved).get(part), StandardCharsets.UTF_8))
        .as("the title is no longer in the sheet itself")
        .doesNotContain(">Scorecard checks</t>");

    byte[] twice = rate(resaved);

    assertThat(Opened.sheetNames(twice)).containsExactly("Scorecard", "Board pack checks");
    try (Workbook wb = Opened.open(twice)) {
      assertThat(wb.getSheet("Board pack checks").getRow(4).getCell(0).getStringCellValue())
          .isEqualTo("Summary");
    }
  }

  @Test
  void anOfficersOwnChecksSheetIsKeptAndOursGoesBesideIt() throws Exception {
    byte[] officers =
        SampleWorkbook.edit(
            Scorecards.monthly(),
            wb -> wb.createSheet("Checks").createRow(0).createCell(0).setCellValue("My checks"));
    byte[] twice = rate(rate(officers));
    assertThat(Opened.sheetNames(twice)).containsExactly("Scorecard", "Checks", "Scorecard checks");
    try (Workbook wb = Opened.open(twice)) {
      assertThat(wb.getSheet("Checks").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("My checks");
    }
  }

  @Test
  void aStaleMarkerIsReplacedNotJoinedByASecond() throws Exception {
    byte[] stale =
        Zips.edit(
            rate(Scorecards.monthly()),
            parts ->
                parts.put(
                    "xl/workbook.xml",
                    new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                        .replace("localSheetId=\"1\"", "localSheetId=\"7\"")
                        .getBytes(StandardCharsets.UTF_8)));
    byte[] again = rate(stale);
    String workbook =
        new String(PackageComparison.parts(again).get("xl/workbook.xml"), StandardCharsets.UTF_8);
    assertThat(workbook.split("_ScorecardChecks", -1)).as("markers").hasSize(2);
    assertThat(workbook).contains("localSheetId=\"1\"");
    assertThat(Opened.sheetNames(again)).containsExactly("Scorecard", "Checks");
  }

  private byte[] rate(byte[] workbook) throws Exception {
    return scorecard.rate(new Input("monthly.xlsx", workbook), Options.DEFAULT).bytes();
  }
}
