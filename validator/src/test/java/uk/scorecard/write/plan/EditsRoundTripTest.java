package uk.scorecard.write.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.model.DirectionPlace;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.report.Edit;
import uk.scorecard.report.Report;

/**
 * An edit list carries everything a plan holds: the plan rebuilt from it has the same cells (live
 * formulas, their fallbacks and whose formula each replaces), notes, widths, live colouring ranges
 * and colours, for every fixture, live or not, with the direction in its column or the RAG cell.
 */
final class EditsRoundTripTest {

  private static final Scorecard SCORECARD = new Scorecard();

  @Test
  void aPlanRebuiltFromItsEditListIsThePlan() throws Exception {
    int formulas = 0;
    for (Map.Entry<String, Supplier<byte[]>> f : Scorecards.all().entrySet()) {
      Input in = new Input(f.getKey() + ".xlsx", f.getValue().get());
      List<RatedIndicator> rated = SCORECARD.ratedOnly(in, Options.DEFAULT);
      Report report = SCORECARD.check(in, Options.DEFAULT);
      for (DirectionPlace travel : List.of(DirectionPlace.COLUMN, DirectionPlace.RAG)) {
        for (boolean live : List.of(false, true)) {
          Plan plan = Plan.of(rated, report.findings(), live, travel, live);
          List<Edit> edits = Edits.of(plan);
          Plan back = Edits.plan(edits);
          String what = f.getKey() + " " + travel + (live ? " live" : "");
          assertThat(back.sheets()).as(what).containsExactlyElementsOf(plan.sheets());
          for (String sheet : plan.sheets()) {
            assertThat(back.cells(sheet)).as(what).isEqualTo(plan.cells(sheet));
            assertThat(back.widths(sheet)).as(what).isEqualTo(plan.widths(sheet));
            assertThat(notes(back, sheet)).as(what).isEqualTo(notes(plan, sheet));
          }
          assertThat(back.liveSheets()).as(what).containsExactlyElementsOf(plan.liveSheets());
          for (String sheet : plan.liveSheets()) {
            assertThat(back.live(sheet)).as(what).isEqualTo(plan.live(sheet));
          }
          if (live) {
            assertThat(back.liveRatings()).as(what).isEqualTo(plan.liveRatings());
          }
          assertThat(Edits.of(back)).as(what).isEqualTo(edits);
          // The rate path's cell-by-cell way through the edit list gives the same plan.
          Plan through = Edits.through(Plan.of(rated, report.findings(), live, travel, live));
          assertThat(Edits.of(through)).as(what + " through").isEqualTo(edits);
          formulas += (int) edits.stream().filter(e -> e.formula() != null).count();
        }
      }
    }
    assertThat(formulas).as("live formulas went through the edit list").isPositive();
  }

  /** A sheet's notes as the edit list joins them, one text per cell. */
  private static Map<String, String> notes(Plan p, String sheet) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Plan.Note n : p.notes(sheet)) {
      out.merge(n.row() + ":" + n.col(), n.text(), (a, b) -> a.contains(b) ? a : a + "\n" + b);
    }
    return out;
  }
}
