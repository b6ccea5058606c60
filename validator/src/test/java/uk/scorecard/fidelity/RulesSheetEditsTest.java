package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.RuledScorecard;
import uk.scorecard.model.Finding;
import uk.scorecard.model.RulesSheetWords;
import uk.scorecard.model.Severity;
import uk.scorecard.read.ReadCodes;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.xlsx.XlsxSource;
import uk.scorecard.rules.Rules;
import uk.scorecard.write.plan.RulesSheet;

/**
 * An officer's edits on the Rules sheet survive the next rate --live: taken over the rules file
 * (the ratings follow), said in a finding each, shown again on the rewritten sheet; a rules file
 * changed since wins where the sheet was not edited, and a cleared cell gives the rules file's
 * back. FD 7 (higher, 95%, 10%): 85% is Red. W1 g (lower, 20, 2): 22.0 is Amber. CIN 4 (higher,
 * 500, 20 units): 400 is Red.
 */
class RulesSheetEditsTest {

  private static final Options LIVE = new Options(RuledScorecard.rules(), true, false);
  private final Scorecard scorecard = new Scorecard();

  @Test
  void editsSurviveARerunAndTheRatingsFollowThem() throws Exception {
    byte[] live = rate(RuledScorecard.bytes(), LIVE).bytes();
    assertThat(rags(live)).containsExactly("Red", "Amber", "Red");

    Rated again = rate(SampleWorkbook.edit(live, RuledScorecard::typeRules), LIVE);
    assertThat(rags(again.bytes())).containsExactly("Green", "Green", "Amber");
    try (Workbook wb = Opened.open(again.bytes())) {
      Sheet rules = wb.getSheet("Rules");
      assertThat(rules.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(0.85);
      assertThat(rules.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Higher is better");
      assertThat(rules.getRow(6).getCell(4).getStringCellValue()).isEqualTo("% of target");
      // The hidden copies still hold the rules file's, so the edits stay edits.
      int copy = RulesSheet.HEADERS.size() + RulesSheetWords.RULES.indexOf(RulesSheetWords.TARGET);
      assertThat(rules.getRow(3).getCell(copy).getStringCellValue())
          .isEqualTo("Target (as written)");
      assertThat(rules.getRow(4).getCell(copy).getNumericCellValue()).isEqualTo(0.95);
      assertThat(rules.isColumnHidden(copy)).isTrue();
      assertThat(rules.isColumnHidden(RulesSheet.HEADERS.size() - 1)).isFalse();
    }
    List<Finding> edits = found(again, ReadCodes.RULES_SHEET_EDIT);
    assertThat(edits).extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThat(edits)
        .extracting(f -> f.sheet() + "!" + f.cell())
        .containsExactly("Rules!D5", "Rules!C6", "Rules!E7");
    assertThat(edits.get(0).message())
        .startsWith("FD 7: target 85% typed on the Rules sheet is used (the rules file says 95%)");
    assertThat(edits.get(2).message())
        .contains("tolerance 20% of target typed")
        .contains("says 20)");

    // Idempotent: rated once more, nothing changes and the edits still win.
    Rated third = rate(again.bytes(), LIVE);
    assertThat(PackageComparison.compare(again.bytes(), third.bytes(), p -> false)).isEmpty();
    assertThat(found(third, ReadCodes.RULES_SHEET_EDIT)).hasSize(3);
  }

  @Test
  void aRulesFileChangedSinceWinsWhereTheSheetWasNotEdited() throws Exception {
    byte[] live = rate(RuledScorecard.bytes(), LIVE).bytes();
    Rated again = rate(live, LIVE.withRules(RuledScorecard.rules("80%")));
    assertThat(rags(again.bytes())).containsExactly("Green", "Amber", "Red");
    try (Workbook wb = Opened.open(again.bytes())) {
      assertThat(wb.getSheet("Rules").getRow(4).getCell(3).getNumericCellValue()).isEqualTo(0.8);
    }
    assertThat(found(again, ReadCodes.RULES_SHEET_EDIT)).isEmpty();
  }

  @Test
  void aClearedCellGivesTheRulesFilesBack() throws Exception {
    byte[] edited = rate(typedOnRules(RuledScorecard::typeRules), LIVE).bytes();
    byte[] cleared =
        SampleWorkbook.edit(edited, wb -> wb.getSheet("Rules").getRow(4).getCell(3).setBlank());
    Rated again = rate(cleared, LIVE);
    assertThat(rags(again.bytes())).containsExactly("Red", "Green", "Amber");
    try (Workbook wb = Opened.open(again.bytes())) {
      assertThat(wb.getSheet("Rules").getRow(4).getCell(3).getNumericCellValue()).isEqualTo(0.95);
    }
    assertThat(found(again, ReadCodes.RULES_SHEET_EDIT))
        .extracting(f -> f.sheet() + "!" + f.cell())
        .containsExactly("Rules!C6", "Rules!E7");
  }

  @Test
  void anEditThatCannotBeReadIsSaidAndTheRowIsRatedWithoutIt() throws Exception {
    byte[] typed =
        typedOnRules(
            wb -> {
              RuledScorecard.type(wb.getSheet("Rules").getRow(5).getCell(2), "Sideways");
              RuledScorecard.type(wb.getSheet("Rules").getRow(4).getCell(3), "ninety");
            });
    Rated again = rate(typed, LIVE);
    assertThat(rags(again.bytes())).containsExactly("Red", "Amber", "Red");
    assertThat(found(again, ReadCodes.RULES_SHEET_NOT_READ))
        .extracting(f -> f.cell() + " " + f.severity() + " " + f.message())
        .containsExactly(
            "D5 WARNING FD 7: target \"ninety\" typed on the Rules sheet is not a number: the"
                + " indicator is rated without it",
            "C6 WARNING W1 g: polarity \"Sideways\" typed on the Rules sheet is not one of Higher"
                + " is better, Lower is better, Within range, Not rated: the indicator is rated"
                + " without it");
    try (Workbook wb = Opened.open(again.bytes())) {
      Sheet rules = wb.getSheet("Rules");
      assertThat(rules.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Lower is better");
      // Said on the Checks sheet, not in notes on the sheet we write whole.
      assertThat(rules.getCellComments()).isEmpty();
    }
  }

  @Test
  void aPolarityMadeNotRatedKeepsItsLineAndLasts() throws Exception {
    byte[] typed =
        typedOnRules(
            wb -> RuledScorecard.type(wb.getSheet("Rules").getRow(5).getCell(2), "Not rated"));
    Rated again = rate(typed, LIVE);
    Rated third = rate(again.bytes(), LIVE);
    assertThat(rags(third.bytes())).containsExactly("Red", "Grey", "Red");
    try (Workbook wb = Opened.open(third.bytes())) {
      assertThat(wb.getSheet("Rules").getRow(5).getCell(2).getStringCellValue())
          .isEqualTo("Not rated");
    }
    assertThat(found(third, ReadCodes.RULES_SHEET_EDIT))
        .extracting(Finding::message)
        .containsExactly(
            "W1 g: polarity Not rated typed on the Rules sheet is used (the rules file says Lower"
                + " is better); clear the cell to go back to the rule it had");
    assertThat(PackageComparison.compare(again.bytes(), third.bytes(), p -> false)).isEmpty();
  }

  /**
   * Rated with --no-live, the ratings are values and the Rules sheet stays as it was: its edits are
   * still taken, and a warning about one becomes a note where it was typed.
   */
  @Test
  void ratedWithoutLiveTheEditsStillRateAndTheSheetStays() throws Exception {
    byte[] typed =
        typedOnRules(
            wb -> {
              wb.getSheet("Rules").getRow(4).getCell(3).setCellValue(0.85);
              RuledScorecard.type(wb.getSheet("Rules").getRow(5).getCell(2), "Sideways");
            });
    Rated values = rate(typed, LIVE.withoutLive());
    assertThat(rags(values.bytes())).containsExactly("Green", "Amber", "Red");
    try (Workbook wb = Opened.open(values.bytes())) {
      Sheet rules = wb.getSheet("Rules");
      assertThat(rules.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(0.85);
      assertThat(rules.getRow(5).getCell(2).getStringCellValue()).isEqualTo("Sideways");
      assertThat(rules.getCellComment(new org.apache.poi.ss.util.CellAddress("C6"))).isNotNull();
      assertThat(wb.getSheet("Scorecard").getRow(3).getCell(5).getCellType())
          .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
    }
    assertThat(found(values, ReadCodes.RULES_SHEET_EDIT)).hasSize(1);
    assertThat(found(values, ReadCodes.RULES_SHEET_NOT_READ)).hasSize(1);
  }

  /**
   * In our template the rows carry their own rules: an edit of one on the Rules sheet is not used.
   */
  @Test
  void anEditOfARuleTheRowSetsIsSaidNotToBeUsed() throws Exception {
    Options plain = new Options(Rules.NONE, true, false);
    byte[] live = rate(uk.scorecard.fixtures.Scorecards.monthly(), plain).bytes();
    Rated again =
        rate(
            SampleWorkbook.edit(
                live, wb -> wb.getSheet("Rules").getRow(4).getCell(3).setCellValue(0.5)),
            plain);
    assertThat(found(again, ReadCodes.RULES_SHEET_EDIT))
        .extracting(f -> f.cell() + " " + f.message())
        .containsExactly(
            "D5 FD 7: target 50% typed on the Rules sheet is not used: the indicator's row sets its"
                + " own");
    try (Workbook wb = Opened.open(again.bytes())) {
      assertThat(wb.getSheet("Rules").getRow(4).getCell(3).getNumericCellValue()).isEqualTo(0.95);
    }
  }

  /** Lines are found by their indicator's row and Ref, not where they are on the sheet. */
  @Test
  void linesMovedOrDeletedAreMatchedByTheirIndicator() throws Exception {
    byte[] edited = rate(typedOnRules(RuledScorecard::typeRules), LIVE).bytes();
    byte[] moved =
        SampleWorkbook.edit(
            edited,
            wb -> {
              Sheet rules = wb.getSheet("Rules");
              rules.removeRow(rules.getRow(4));
              rules.shiftRows(6, 6, 3);
            });
    Rated again = rate(moved, LIVE);
    assertThat(rags(again.bytes())).containsExactly("Red", "Green", "Amber");
    assertThat(found(again, ReadCodes.RULES_SHEET_EDIT))
        .extracting(f -> f.sheet() + "!" + f.cell())
        .containsExactly("Rules!C6", "Rules!E10");
  }

  /** POI's package reader, for packages out of the ordinary, finds our Rules sheet too. */
  @Test
  void bothPackageReadersFindTheRulesSheetByItsHiddenName() throws Exception {
    byte[] live =
        SampleWorkbook.edit(
            rate(RuledScorecard.bytes(), LIVE).bytes(),
            wb -> wb.setSheetName(wb.getSheetIndex("Rules"), "Board rules"));
    assertThat(XlsxSource.readWithPoi(live, new Limits()).rulesSheet()).isEqualTo("Board rules");
    assertThat(XlsxSource.read(live, new Limits(), (g, d) -> false).rulesSheet())
        .isEqualTo("Board rules");
    assertThat(XlsxSource.read(RuledScorecard.bytes(), new Limits(), (g, d) -> false).rulesSheet())
        .isNull();
  }

  /** Without the hidden copies an edit cannot be told from what we wrote: said, never silent. */
  @Test
  void aRulesSheetWithoutItsCopiesIsSaidNotToBeReadBack() throws Exception {
    byte[] old =
        typedOnRules(
            wb -> {
              Sheet rules = wb.getSheet("Rules");
              rules.getRow(4).getCell(3).setCellValue(0.85);
              for (org.apache.poi.ss.usermodel.Row r : rules) {
                for (int c = RulesSheet.HEADERS.size(); c < r.getLastCellNum(); c++) {
                  if (r.getCell(c) != null) {
                    r.removeCell(r.getCell(c));
                  }
                }
              }
            });
    Rated again = rate(old, LIVE);
    assertThat(rags(again.bytes())).containsExactly("Red", "Amber", "Red");
    assertThat(found(again, ReadCodes.RULES_SHEET_NOT_READ))
        .extracting(f -> f.sheet() + "!" + f.cell() + " " + f.severity())
        .containsExactly("Rules!A4 WARNING");
    Rated third = rate(again.bytes(), LIVE);
    assertThat(found(third, ReadCodes.RULES_SHEET_NOT_READ)).isEmpty();
  }

  /** A floor typed as the Lower level is taken, lasts and is said; rating again changes nothing. */
  @Test
  void aLevelTypedOnTheSheetIsTakenAndLasts() throws Exception {
    int lower = RulesSheet.HEADERS.indexOf(RulesSheetWords.LOWER);
    // FD 7 (85% against 95%, Amber from 85.5%) gets a floor of 80%: Amber.
    byte[] typed =
        typedOnRules(wb -> wb.getSheet("Rules").getRow(4).getCell(lower).setCellValue(0.80));
    Rated again = rate(typed, LIVE);
    assertThat(rags(again.bytes())).containsExactly("Amber", "Amber", "Red");
    assertThat(found(again, ReadCodes.RULES_SHEET_EDIT))
        .extracting(f -> f.cell() + " " + f.message())
        .containsExactly(
            "G5 FD 7: lower level 80% typed on the Rules sheet is used; clear the cell to go back"
                + " to the rule it had");
    assertThat(found(again, ReadCodes.RULES_SHEET_NOT_READ)).isEmpty();
    try (Workbook wb = Opened.open(again.bytes())) {
      assertThat(wb.getSheet("Rules").getRow(4).getCell(lower).getNumericCellValue())
          .isEqualTo(0.80);
    }
    Rated third = rate(again.bytes(), LIVE);
    assertThat(PackageComparison.compare(again.bytes(), third.bytes(), p -> false)).isEmpty();
  }

  /** A range's band from the rules file shows as two levels: an edit of one moves that end. */
  @Test
  void aBandEndTypedOnTheSheetMovesTheBand() throws Exception {
    Options range =
        LIVE.withRules(
            RuledScorecard.rules(uk.scorecard.model.Polarity.WITHIN_RANGE, "80% to 84%"));
    byte[] live = rate(RuledScorecard.bytes(), range).bytes();
    // FD 7's 85% is above 80% to 84%, within 10% of its top: Amber.
    assertThat(rags(live).get(0)).isEqualTo("Amber");
    int upper = RulesSheet.HEADERS.indexOf(RulesSheetWords.UPPER);
    byte[] typed =
        SampleWorkbook.edit(
            live, wb -> wb.getSheet("Rules").getRow(4).getCell(upper).setCellValue(0.90));
    Rated again = rate(typed, range);
    assertThat(rags(again.bytes()).get(0)).isEqualTo("Green");
    assertThat(found(again, ReadCodes.RULES_SHEET_EDIT))
        .extracting(Finding::cell)
        .containsExactly("H5");
  }

  /** The reader finds the columns by the words the writer heads them with. */
  @Test
  void theReaderLooksForTheHeadersTheWriterWrites() {
    assertThat(RulesSheet.HEADERS)
        .contains(RulesSheetWords.REF, RulesSheetWords.ROW)
        .containsAll(RulesSheetWords.RULES);
    assertThat(RulesSheetWords.RULES)
        .contains(
            RulesSheetWords.POLARITY,
            RulesSheetWords.TARGET,
            RulesSheetWords.TYPE,
            RulesSheetWords.AMOUNT);
  }

  /** Our fixture rated --live, then this typed on it. */
  private byte[] typedOnRules(Consumer<Workbook> change) throws Exception {
    return SampleWorkbook.edit(rate(RuledScorecard.bytes(), LIVE).bytes(), change);
  }

  private Rated rate(byte[] workbook, Options options) throws Exception {
    return scorecard.rate(new Input("board.xlsx", workbook), options);
  }

  private static List<Finding> found(Rated r, String code) {
    return r.report().findings().stream().filter(f -> f.code().equals(code)).toList();
  }

  /** The RAG cells' saved values, FD 7, W1 g and CIN 4. */
  private static List<String> rags(byte[] xlsx) throws Exception {
    try (Workbook wb = Opened.open(xlsx)) {
      Sheet s = wb.getSheet("Scorecard");
      return List.of(3, 4, 5).stream()
          .map(r -> s.getRow(r).getCell(5).getStringCellValue())
          .toList();
    }
  }
}
