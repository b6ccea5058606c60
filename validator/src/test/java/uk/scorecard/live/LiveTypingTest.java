package uk.scorecard.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.RuledScorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.rules.Rules;
import uk.scorecard.write.plan.RulesSheet;

/**
 * An officer types into a live workbook: a new July figure for FD 8 (lower is better, target 22%,
 * 2pp: 25% is Red, 21% Green) and a new target for FD 7 (higher is better, 10%: 85% against 95% is
 * Red, against 85% Green). Recalculated in LibreOffice, both RAG cells and the Checks counts
 * follow, and FD 8's Change and direction too.
 */
class LiveTypingTest {

  private static final Options LIVE = new Options(Rules.NONE, true, false);

  @Test
  void ragChangeAndCountsFollowWhatIsTyped() throws Exception {
    Assumptions.assumeTrue(LiveRecalc.installed(), "soffice is not installed");
    byte[] live =
        new Scorecard().rate(new Input("monthly.xlsx", Scorecards.monthly()), LIVE).bytes();
    var before = LiveCells.saved(live);
    assertThat(before).containsEntry("Scorecard!M5", "Red").containsEntry("Scorecard!M6", "Red");
    var counts = LiveCells.counts(live, false);

    byte[] typed = LiveRecalc.recalculate(type(live));

    var after = LiveCells.saved(typed);
    assertThat(after)
        .containsEntry("Scorecard!M5", "Green")
        .containsEntry("Scorecard!M6", "Green")
        .containsEntry("Scorecard!L6", "Down 2pp")
        .containsEntry("Scorecard!O6", "\u25b2 improving");
    var typedCounts = LiveCells.counts(typed, false);
    String red = countCell(typed, "Red");
    String green = countCell(typed, "Green");
    assertThat(Long.parseLong(typedCounts.get(red))).isEqualTo(Long.parseLong(counts.get(red)) - 2);
    assertThat(Long.parseLong(typedCounts.get(green)))
        .isEqualTo(Long.parseLong(counts.get(green)) + 2);
  }

  /**
   * The Rules sheet typed on: FD 7's target to 85% (Red to Green), W1 g's polarity to higher is
   * better (Amber to Green, worsening to improving), CIN 4's tolerance to 20% of target (400
   * against 500: Red to Amber). Recalculated in LibreOffice, the RAG, direction and counts follow.
   */
  @Test
  void ratingsFollowRulesTypedOnTheRulesSheet() throws Exception {
    Assumptions.assumeTrue(LiveRecalc.installed(), "soffice is not installed");
    byte[] live = ruledLive();
    assertThat(LiveCells.saved(live))
        .containsEntry("Scorecard!F4", "Red")
        .containsEntry("Scorecard!F5", "Amber")
        .containsEntry("Scorecard!G5", "\u25bc worsening")
        .containsEntry("Scorecard!F6", "Red");
    var counts = LiveCells.counts(live, false);

    byte[] typed =
        onRules(
            live,
            rules -> {
              rules.getRow(4).getCell(3).setCellValue(0.85);
              // Blanked first: POI setting text on an inline-string cell leaves it empty.
              type(rules.getRow(5).getCell(2), "Higher is better");
              type(rules.getRow(6).getCell(4), "% of target");
            });

    assertThat(LiveCells.saved(typed))
        .containsEntry("Scorecard!F4", "Green")
        .containsEntry("Scorecard!F5", "Green")
        .containsEntry("Scorecard!G5", "\u25b2 improving")
        .containsEntry("Scorecard!F6", "Amber");
    var after = LiveCells.counts(typed, false);
    assertThat(Long.parseLong(after.get(countCell(typed, "Red")))).isZero();
    assertThat(Long.parseLong(after.get(countCell(typed, "Green"))))
        .isEqualTo(Long.parseLong(counts.get(countCell(live, "Green"))) + 2);
  }

  @Test
  void ratingsFollowLevelsAndBandsTypedOnTheRulesSheet() throws Exception {
    Assumptions.assumeTrue(LiveRecalc.installed(), "soffice is not installed");
    byte[] live = ruledLive();
    int lower = RulesSheet.HEADERS.indexOf("Lower level");
    int upper = RulesSheet.HEADERS.indexOf("Upper level");
    byte[] typed =
        onRules(
            live,
            rules -> {
              // FD 7 (85%, Red against 95%) becomes a range of 80% to 90%: Green.
              type(rules.getRow(4).getCell(2), "Within range");
              rules.getRow(4).createCell(lower).setCellValue(0.80);
              rules.getRow(4).createCell(upper).setCellValue(0.90);
              // CIN 4 (400, Red under 500 less 20) gets a floor of 390: Amber.
              rules.getRow(6).createCell(lower).setCellValue(390);
            });

    assertThat(LiveCells.saved(typed))
        .containsEntry("Scorecard!F4", "Green")
        .containsEntry("Scorecard!G4", "\u25ba no change")
        .containsEntry("Scorecard!F6", "Amber");
  }

  /** The board pack ruled by a rules file, rated --live: its rules on the Rules sheet. */
  private static byte[] ruledLive() throws Exception {
    return new Scorecard()
        .rate(
            new Input("board.xlsx", RuledScorecard.bytes()), LIVE.withRules(RuledScorecard.rules()))
        .bytes();
  }

  /** The workbook with its Rules sheet changed by POI, recalculated by LibreOffice. */
  private static byte[] onRules(byte[] live, java.util.function.Consumer<Sheet> change)
      throws Exception {
    return LiveRecalc.recalculate(edit(live, wb -> change.accept(wb.getSheet("Rules"))));
  }

  private static void type(Cell c, String text) {
    c.setBlank();
    c.setCellValue(text);
  }

  static byte[] edit(byte[] xlsx, java.util.function.Consumer<Workbook> change) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(wb);
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** FD 7's target (H5) set to 85%, FD 8's July figure (G6) to 21%, saved by POI. */
  static byte[] type(byte[] live) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(live));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.getSheet("Scorecard");
      s.getRow(4).getCell(7).setCellValue(0.85);
      s.getRow(5).getCell(6).setCellValue(0.21);
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The Checks sheet cell that counts a rating: beside the rating's word in the Summary. */
  private static String countCell(byte[] xlsx, String word) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      for (var r : wb.getSheet("Checks")) {
        Cell a = r.getCell(0);
        if (a != null && a.toString().equals(word) && r.getCell(1) != null) {
          return r.getCell(1).getAddress().formatAsString();
        }
      }
    }
    throw new AssertionError("no count for " + word);
  }
}
