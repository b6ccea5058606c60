package uk.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.rules.Rules;

/** How the checker treats findings as a whole: severities from the rules file, the cap, safety. */
final class CheckerTest {

  private static final Scorecard SCORECARD = new Scorecard();

  @Test
  void theRulesFileSwitchesRulesOffAndChangesSeverities() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    RuleFixturesTest.clean(fx).set("Jun-19", 0.45).set("May-19", "87%");
    Options options =
        Options.DEFAULT.withRules(
            new Rules(null, Map.of(), Map.of("value-jump", "off", "text-number", "error")));
    assertThat(SCORECARD.check(fx.input(), Options.DEFAULT).findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(
            tuple("text-number", Severity.WARNING), tuple("value-jump", Severity.WARNING));
    assertThat(SCORECARD.check(fx.input(), options).findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("text-number", Severity.ERROR));
  }

  @Test
  void findingsAreCappedWithErrorsKeptAndTheRestCounted() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    for (int i = 0; i < 130; i++) {
      RuleFixturesTest.count(fx)
          .set("Ref", "T" + i)
          .values("312", "305", "298", "310", "315", "309", "301", "307");
    }
    RuleFixturesTest.count(fx).set("Ref", "NEG").set("Jun-19", -1);
    List<Finding> findings = SCORECARD.check(fx.input(), Options.DEFAULT).findings();
    assertThat(findings).hasSize(Findings.CAP + 1);
    assertThat(findings.get(0))
        .extracting(Finding::code, Finding::severity, Finding::message)
        .containsExactly(
            "findings-capped",
            Severity.INFO,
            "1,000 findings listed; 41 more not listed (errors are listed first)");
    assertThat(findings).extracting(Finding::code).contains("negative-count");
  }

  @Test
  void cellTextIsNeverInterpolatedIntoMessages() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    RuleFixturesTest.clean(fx).set("Jun-19", "${1+1} {where}");
    assertThat(SCORECARD.check(fx.input(), Options.DEFAULT).findings())
        .extracting(Finding::message)
        .containsExactly(
            "Jun-19 is \"${1+1} {where}\": not a number or a recognised marker (TBC, N/A, c, x)");
  }

  @Test
  void oneRowRuleCanPointAtTwoCells() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    fx.row("LAC 2", "Children with 3 or more placements in the year", "Within range", "%")
        .values(.10, .11, .09, .10, .12, .11, .10, .10)
        .target("12% to 8%")
        .set("Lower tolerance", 0.07)
        .set("Upper tolerance", 0.06);
    assertThat(SCORECARD.check(fx.input(), Options.DEFAULT).findings())
        .extracting(Finding::code, Finding::cell, Finding::message)
        .containsExactly(
            tuple(
                "band-backwards",
                "M3",
                "Target 12% to 8% runs backwards: its first level is" + " above its second"),
            tuple(
                "band-backwards",
                "O3",
                "Lower tolerance 7% is above the upper tolerance 6%:"
                    + " the band runs backwards"));
  }

  @Test
  void aWorkbookWithNoTableGivesNoCheckFindings() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    fx.main().periods();
    assertThat(SCORECARD.check(fx.input(), Options.DEFAULT).findings())
        .extracting(Finding::code)
        .containsExactly("no-table");
  }
}
