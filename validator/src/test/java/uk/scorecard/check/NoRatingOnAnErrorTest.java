package uk.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.Rating;
import uk.scorecard.rate.Rater;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.rules.Rules;

/**
 * A figure with an error finding is not rated: Grey, with a caveat that says why. Each case here
 * was rated Green, Amber or Red before, from figures that cannot all be true.
 */
final class NoRatingOnAnErrorTest {

  private static final Scorecard SCORECARD = new Scorecard();
  private static final String CAVEAT = "Auto: " + Rater.IN_ERROR;

  @Test
  void aPercentageAbove100IsNotRated() throws Exception {
    // 112% against a 90% target was Green.
    IndicatorResult r = only(fx -> RuleFixturesTest.clean(fx).set("Jun-19", 1.12));
    assertThat(r.rating()).isEqualTo(Rating.GREY);
    assertThat(r.caveat()).isEqualTo(CAVEAT);
    // Nor a change from it: "Up 20pp" from 112% would be as wrong as Green.
    assertThat(r.change()).isEmpty();
  }

  @Test
  void noneOfNoneShownAs100PercentIsNotRated() throws Exception {
    IndicatorResult r =
        only(
            fx ->
                RuleFixturesTest.clean(fx)
                    .set("Jun-19", 1.0)
                    .set("Numerator", 0)
                    .set("Denominator", 0));
    assertThat(r.rating()).isEqualTo(Rating.GREY);
    assertThat(r.caveat()).isEqualTo(CAVEAT);
  }

  @Test
  void aBandThatRunsBackwardsIsNotRated() throws Exception {
    IndicatorResult r =
        only(
            fx ->
                RuleFixturesTest.clean(fx)
                    .tolerance(null)
                    .set("Polarity", "Within range")
                    .target(null)
                    .set("Lower tolerance", 0.9)
                    .set("Upper tolerance", 0.85));
    assertThat(r.rating()).isEqualTo(Rating.GREY);
    assertThat(r.caveat()).isEqualTo(CAVEAT);
  }

  @Test
  void aPartAboveItsWholeLeavesNeitherRated() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    fx.row("MIS 1", "Children who went missing", "Lower is better", "Number")
        .values(30, 28, 35, 31, 33, 29, 33, 30)
        .target(40);
    fx.row("MIS 1a", "of which: missing from care", "Lower is better", "Number")
        .values(10, 9, 12, 11, 12, 10, 12, 36)
        .target(15);
    List<IndicatorResult> rs = SCORECARD.check(fx.input(), Options.DEFAULT).indicators();
    assertThat(rs).extracting(IndicatorResult::rating).containsExactly(Rating.GREY, Rating.GREY);
    assertThat(rs).extracting(IndicatorResult::caveat).containsOnly(CAVEAT);
  }

  @Test
  void aFigureIsRatedAgainWhenTheRulesFileMakesItsErrorAWarning() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    RuleFixturesTest.clean(fx).set("Jun-19", 1.12);
    Rules rules = new Rules(null, Map.of(), Map.of("percent-range", "warning"));
    IndicatorResult r =
        SCORECARD.check(fx.input(), Options.DEFAULT.withRules(rules)).indicators().get(0);
    assertThat(r.rating()).isEqualTo(Rating.GREEN);
  }

  @Test
  void aTargetBeyondTheUnitsRangeIsStillRated() throws Exception {
    // target-range is an error, but 88% can still be held against a 105% target: Red.
    IndicatorResult r = only(fx -> RuleFixturesTest.clean(fx).target(1.05));
    assertThat(r.rating()).isEqualTo(Rating.RED);
    assertThat(r.caveat()).isEmpty();
  }

  @Test
  void anErrorInAnEarlierPeriodLeavesTheLatestRated() throws Exception {
    IndicatorResult r = only(fx -> RuleFixturesTest.clean(fx).set("Feb-19", 1.12));
    assertThat(r.rating()).isEqualTo(Rating.AMBER);
    assertThat(r.caveat()).isEmpty();
  }

  private static IndicatorResult only(Consumer<FixtureWorkbook> build) throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    build.accept(fx);
    return SCORECARD.check(fx.input(), Options.DEFAULT).indicators().get(0);
  }
}
