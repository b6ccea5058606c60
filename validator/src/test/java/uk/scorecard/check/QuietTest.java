package uk.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;

/** Layouts and habits that look odd to a rule but are legitimate: no finding at all. */
final class QuietTest {

  private static final Scorecard SCORECARD = new Scorecard();

  static Stream<Arguments> legitimate() {
    return Stream.of(
        quiet(
            "newest month first",
            fx -> {
              fx.main()
                  .periods(YearMonth.of(2019, 6), YearMonth.of(2019, 5), YearMonth.of(2019, 4));
              RuleFixturesTest.clean(fx).values(0.88, 0.87, 0.88);
            }),
        quiet(
            "the same month last year beside the latest two",
            fx -> {
              fx.main()
                  .periods(YearMonth.of(2018, 6), YearMonth.of(2019, 5), YearMonth.of(2019, 6));
              RuleFixturesTest.clean(fx).values(0.84, 0.87, 0.88);
            }),
        quiet(
            "a year-to-date column after the months",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2019, 1),
                      YearMonth.of(2019, 2),
                      YearMonth.of(2019, 3),
                      "2018/19");
              RuleFixturesTest.clean(fx).values(0.86, 0.87, 0.88, 0.87);
            }),
        quiet(
            "quarters in order",
            fx -> {
              fx.main().periods("Q3 2018/19", "Q4 2018/19", "Q1 2019/20");
              RuleFixturesTest.clean(fx).values(0.86, 0.87, 0.88);
            }),
        quiet(
            "small whole percentages below 1%",
            fx ->
                fx.row(
                        "CP 5",
                        "Children on a plan for a second time within 3 months",
                        "Lower is better",
                        "%")
                    .format("General")
                    .values(0.5, 2, 3, 1, 2, 0.5, 1, 2)
                    .target(3)
                    .tolerance("1pp")),
        quiet(
            "a Change cell holding 0.01 formatted as a percentage for 1pp",
            fx -> RuleFixturesTest.clean(fx).set("Change", 0.01)),
        quiet(
            "Change and RAG in the usual shorthand",
            fx -> RuleFixturesTest.clean(fx).set("Change", "▲ 1pp").set("RAG", "A")),
        quiet(
            "a Blue rating on a figure beyond its target, where we do not rate Blue",
            fx -> RuleFixturesTest.clean(fx).target(0.85).set("RAG", "Blue")),
        quiet(
            "a RAG on an indicator we cannot rate",
            fx -> RuleFixturesTest.clean(fx).target(null).set("RAG", "Green")),
        quiet(
            "markers in figure cells",
            fx -> RuleFixturesTest.count(fx).values(312, "c", "[x]", 310, "TBC", "..", 301, "-")),
        quiet(
            "a steadily rising count",
            fx -> RuleFixturesTest.count(fx).values(300, 320, 340, 360, 380, 400, 420, 440)),
        quiet(
            "a small caveated denominator",
            fx ->
                RuleFixturesTest.clean(fx)
                    .set("Numerator", 7)
                    .set("Denominator", 8)
                    .set("Caveat", "Small numbers: one child moves the rate by 12.5pp")),
        quiet(
            "a percentage tolerance written as a share of the target",
            fx -> RuleFixturesTest.clean(fx).tolerance("5% of target")),
        quiet(
            "an explicit floor below a higher-is-better target",
            fx -> RuleFixturesTest.clean(fx).tolerance(null).set("Lower tolerance", 0.8)),
        quiet(
            "a latest month in arrears for a few indicators",
            fx -> {
              RuleFixturesTest.clean(fx).set("Jun-19", null);
              RuleFixturesTest.count(fx);
              RuleFixturesTest.count(fx).set("Ref", "CP 2");
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("legitimate")
  void givesNoFinding(String what, Consumer<FixtureWorkbook> build) throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    build.accept(fx);
    assertThat(SCORECARD.check(fx.input(), Options.DEFAULT).findings()).isEmpty();
  }

  private static Arguments quiet(String what, Consumer<FixtureWorkbook> build) {
    return Arguments.of(what, Named.of("workbook", build));
  }
}
