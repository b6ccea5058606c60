package uk.scorecard.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.RuledScorecard;

/**
 * After a re-run that took the officer's Rules sheet edits, the formulas (reading the edited cells)
 * and the engine (rating with the edits) agree: LibreOffice recalculating the workbook gives every
 * Change, RAG and Direction cell the value we saved, and POI's evaluator does too.
 */
class RulesSheetEditsLiveTest {

  private static final Options LIVE = new Options(RuledScorecard.rules(), true, false);

  @Test
  void theSavedRatingsAreWhatTheFormulasComputeFromTheEditedSheet() throws Exception {
    Scorecard scorecard = new Scorecard();
    byte[] live = scorecard.rate(new Input("board.xlsx", RuledScorecard.bytes()), LIVE).bytes();
    byte[] typed = LiveTypingTest.edit(live, RuledScorecard::typeRules);
    byte[] again = scorecard.rate(new Input("board.xlsx", typed), LIVE).bytes();
    var saved = LiveCells.saved(again);
    assertThat(saved)
        .containsEntry("Scorecard!F4", "Green")
        .containsEntry("Scorecard!F5", "Green")
        .containsEntry("Scorecard!G5", "\u25b2 improving")
        .containsEntry("Scorecard!F6", "Amber");
    var poi = LiveCells.poi(again);
    assertThat(poi).containsKeys("Scorecard!F4", "Scorecard!F5", "Scorecard!F6", "Scorecard!G5");
    assertThat(saved).containsAllEntriesOf(poi);
    Assumptions.assumeTrue(LiveRecalc.installed(), "soffice is not installed");
    assertThat(LiveCells.saved(LiveRecalc.recalculate(again))).isEqualTo(saved);
  }
}
