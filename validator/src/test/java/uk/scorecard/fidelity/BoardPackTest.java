package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.rules.RulesFile;
import uk.scorecard.write.plan.Marks;

/**
 * The rated workbook as a board pack on paper: the Checks sheet prints with a header, footer, page
 * numbers and the rules file's protective marking, its counts are numbers, the officer's own print
 * settings are untouched, and a cell with a note carries a mark that prints.
 */
class BoardPackTest {

  private final Scorecard scorecard = new Scorecard();

  private Options marked() throws Exception {
    byte[] yaml = "marking: OFFICIAL-SENSITIVE\n".getBytes(StandardCharsets.UTF_8);
    return Options.DEFAULT.withRules(RulesFile.parse("rules.yaml", yaml));
  }

  @Test
  void theChecksSheetPrintsAsAPageWithMarkingHeaderAndPageNumbers() throws Exception {
    for (byte[] original : List.of(Scorecards.monthly(), LegacyCopy.toXls(Scorecards.monthly()))) {
      byte[] rated = scorecard.rate(new Input("monthly.xlsx", original), marked()).bytes();
      try (Workbook wb = Opened.open(rated)) {
        Sheet checks = wb.getSheet("Checks");
        assertThat(checks.getPrintSetup().getLandscape()).isTrue();
        assertThat(checks.getPrintSetup().getPaperSize()).isEqualTo((short) 9); // A4
        assertThat(checks.getFitToPage()).isTrue();
        assertThat(checks.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(checks.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
        assertThat(checks.getHeader().getLeft()).contains("OFFICIAL-SENSITIVE");
        assertThat(checks.getHeader().getCenter()).isEqualTo("Scorecard checks");
        assertThat(checks.getHeader().getRight()).isEqualTo("&F, as at Jul-19");
        assertThat(checks.getFooter().getLeft()).contains("OFFICIAL-SENSITIVE");
        assertThat(checks.getFooter().getCenter()).isEqualTo("Page &P of &N");
        assertThat(checks.getFooter().getRight()).startsWith("Checked ");
        assertThat(text(checks, 1)).isEqualTo("OFFICIAL-SENSITIVE");
        assertThat(text(checks, 2)).isEqualTo("As at Jul-19");
        assertThat(text(checks, 3)).matches("Checked \\d{1,2} [A-Z][a-z]+ \\d{4}");
      }
    }
  }

  @Test
  void countsAreNumbersNotDigitsStoredAsText() throws Exception {
    for (byte[] original : List.of(Scorecards.monthly(), LegacyCopy.toXls(Scorecards.monthly()))) {
      byte[] rated = scorecard.rate(new Input("monthly.xlsx", original), Options.DEFAULT).bytes();
      try (Workbook wb = Opened.open(rated)) {
        Sheet checks = wb.getSheet("Checks");
        List<String> digitsAsText = new ArrayList<>();
        Cell indicatorsRead = null;
        for (Row row : checks) {
          for (Cell c : row) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("\\d+")) {
              digitsAsText.add(c.getAddress().formatAsString());
            }
            if (c.getCellType() == CellType.STRING
                && c.getStringCellValue().equals("Indicators read")) {
              indicatorsRead = row.getCell(c.getColumnIndex() + 1);
            }
          }
        }
        assertThat(digitsAsText).isEmpty();
        assertThat(indicatorsRead.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(indicatorsRead.getNumericCellValue()).isEqualTo(9); // the fixture's nine rows
      }
    }
  }

  @Test
  void theOfficersPrintSettingsAreUntouched() throws Exception {
    byte[] original =
        SampleWorkbook.edit(
            Scorecards.monthly(),
            wb -> {
              Sheet s = wb.getSheet("Scorecard");
              s.getPrintSetup().setLandscape(false);
              s.getPrintSetup().setScale((short) 55);
              s.getHeader().setCenter("Officer's header");
            });
    byte[] rated = scorecard.rate(new Input("m.xlsx", original), marked()).bytes();
    try (Workbook wb = Opened.open(rated)) {
      Sheet s = wb.getSheet("Scorecard");
      assertThat(s.getPrintSetup().getLandscape()).isFalse();
      assertThat(s.getPrintSetup().getScale()).isEqualTo((short) 55);
      assertThat(s.getHeader().getCenter()).isEqualTo("Officer's header");
      assertThat(s.getHeader().getLeft()).doesNotContain("OFFICIAL");
      assertThat(s.getFitToPage()).isFalse();
    }
  }

  @Test
  void aCellWithANoteCarriesOneMarkThatARatedWorkbookRatedAgainKeepsSingle() throws Exception {
    for (byte[] original : List.of(Scorecards.monthly(), LegacyCopy.toXls(Scorecards.monthly()))) {
      byte[] once = scorecard.rate(new Input("m.xlsx", original), Options.DEFAULT).bytes();
      byte[] twice = scorecard.rate(new Input("m.xlsx", once), Options.DEFAULT).bytes();
      assertMarkedOnce(once);
      assertMarkedOnce(twice);
    }
  }

  private static void assertMarkedOnce(byte[] rated) throws Exception {
    try (Workbook wb = Opened.open(rated)) {
      Sheet s = wb.getSheet("Scorecard");
      assertThat(s.getRow(14).getCell(6).getCellComment()).isNotNull(); // G15: 112%
      assertThat(marks(s)).containsExactly("G15");
    }
  }

  private static List<String> marks(Sheet s) {
    SheetConditionalFormatting cfs = s.getSheetConditionalFormatting();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cfs.getNumConditionalFormattings(); i++) {
      ConditionalFormatting cf = cfs.getConditionalFormattingAt(i);
      if (cf.getRule(0).getFormula1().equals(Marks.PROBLEM_FORMULA)) {
        out.add(cf.getFormattingRanges()[0].formatAsString());
      }
    }
    return out;
  }

  private static String text(Sheet s, int row) {
    return s.getRow(row).getCell(0).getStringCellValue();
  }
}
