package uk.scorecard.check;

import static uk.scorecard.check.RuleFixturesTest.fires;
import static uk.scorecard.check.RuleFixturesTest.publishing;
import static uk.scorecard.check.RuleFixturesTest.under;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import uk.scorecard.Options;
import uk.scorecard.check.FixtureWorkbook.Styled;
import uk.scorecard.model.Severity;
import uk.scorecard.rules.Rules;

/**
 * The fixtures of the rules between cells (parts and wholes, cohorts, periods and their totals,
 * suppression, stated percentages, scales), run by {@link RuleFixturesTest} like every other: each
 * must give exactly its finding, at its cell and severity, and nothing else. Columns as there: E-L
 * are Nov-18 to Jun-19 (I is Mar-19), R the Denominator; the first indicator is on row 3.
 */
final class CrossCellFixtures {

  private CrossCellFixtures() {}

  /** A count of children who went missing, with 33 in Mar-19 and 30 in Jun-19. */
  static FixtureWorkbook.Row missing(FixtureWorkbook fx) {
    return fx.row("MIS 1", "Children who went missing", "Not rated", "Number")
        .values(30, 28, 35, 31, 33, 29, 33, 30);
  }

  /** A part of {@link #missing} that is 40 in Mar-19, above its whole. */
  static FixtureWorkbook.Row fortyInMarch(FixtureWorkbook fx, String ref, String title) {
    return fx.row(ref, title, "Not rated", "Number").values(10, 9, 12, 11, 40, 10, 12, 11);
  }

  static Stream<Arguments> rules() {
    String partAbove =
        "Mar-19 is 40, above the 33 in I3 it is part of (\"Children who went missing\"): a part"
            + " cannot exceed its whole";
    String recovered =
        "Jun-19 is suppressed (c) but can be worked out: 60 in L3 - 30 in L4 - 22 in L5 - 6 in"
            + " L7 = 2; suppress another cell too (secondary suppression)";
    Options switchedOn =
        new Options(
            new Rules(null, Map.of(), Map.of("recoverable-suppression", "error")), false, false);
    return Stream.of(
        fires(
            "part-above-whole",
            "I4",
            Severity.ERROR,
            partAbove,
            fx -> {
              missing(fx);
              fortyInMarch(fx, "MIS 1a", "of which: missing from care");
            }),
        fires(
            "part-above-whole",
            "I4",
            Severity.ERROR,
            partAbove,
            fx -> {
              missing(fx);
              fortyInMarch(fx, "MIS 2", "Missing from care").indent(1);
            }),
        fires(
            "part-above-whole",
            "I4",
            Severity.ERROR,
            partAbove,
            fx -> {
              missing(fx);
              fortyInMarch(fx, "MIS 3", "– of those, missing from care");
            }),
        fires(
            "parts-exceed-whole",
            "I3",
            Severity.WARNING,
            "Mar-19: its parts add up to 41 (12 in I4 + 20 in I5 + 9 in I6), more than the 33"
                + " here: do they overlap, or is a figure wrong?",
            fx -> {
              missing(fx);
              fx.row("MIS 1a", "of which: from care", "Not rated", "Number")
                  .values(10, 9, 12, 11, 12, 10, 12, 11);
              fx.row("MIS 1b", "of which: from home", "Not rated", "Number")
                  .values(15, 14, 16, 14, 20, 14, 15, 14);
              fx.row("MIS 1c", "of which: other", "Not rated", "Number")
                  .values(4, 5, 6, 5, 9, 5, 6, 5);
            }),
        fires(
            "count-above-cohort",
            "I4",
            Severity.ERROR,
            "Mar-19 is 450, above the 420 in I3 it is drawn from (\"Number of children in care\"):"
                + " a count cannot exceed the cohort it is drawn from",
            fx -> {
              fx.row("LAC 1", "Number of children in care", "Not rated", "Number")
                  .values(410, 412, 415, 418, 420, 417, 416, 419);
              fx.row(
                      "LAC 3",
                      "Number of children in care placed more than 20 miles from home",
                      "Not rated",
                      "Number")
                  .values(40, 41, 40, 42, 450, 41, 40, 42);
            }),
        fires(
            "count-above-cohort",
            "L3",
            Severity.ERROR,
            "Jun-19 is 40, above its denominator 33 in R3: a count cannot exceed the cohort it is"
                + " drawn from",
            fx ->
                fx.row("RHI 1", "Return home interviews offered", "Not rated", "Number")
                    .values(38, 41, 39, 40, 42, 39, 41, 40)
                    .set("Denominator", 33)),
        fires(
            "count-above-cohort",
            "I3",
            Severity.ERROR,
            "Mar-19 is 95 out of 91: a count cannot exceed the cohort it is drawn from",
            fx -> RuleFixturesTest.count(fx).set("Mar-19", "95 out of 91, 104%")),
        fires(
            "period-above-total",
            "G3",
            Severity.ERROR,
            "Jun-19 is 130, above the 125 for Q1 2019/20 in H3, the period it is part of: a count"
                + " for part of a period cannot exceed the whole period's",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2019, 4),
                      YearMonth.of(2019, 5),
                      YearMonth.of(2019, 6),
                      "Q1 2019/20");
              fx.row("REF 1", "Number of referrals received", "Not rated", "Number")
                  .values(40, 45, 130, 125);
            }),
        fires(
            "year-to-date-falls",
            "L3",
            Severity.ERROR,
            "Jun-19 is 200, below the 220 for May-19 in K3: a year-to-date count cannot fall within"
                + " the year",
            fx ->
                fx.row("FD 3", "Contacts received (year to date)", "Not rated", "Number")
                    .values(800, 900, 950, 1050, 1150, 100, 220, 200)),
        fires(
            "future-period",
            "G2",
            Severity.ERROR,
            "June 2090 has figures but has not begun yet: is its year right?",
            fx -> {
              fx.main().periods(YearMonth.of(2019, 4), YearMonth.of(2019, 5), "June 2090");
              RuleFixturesTest.clean(fx).values(0.86, 0.87, 0.88);
            }),
        fires(
            "future-period",
            "G2",
            Severity.ERROR,
            "Jun-20 has figures but begins after the workbook was last saved, on 10 June 2019: is"
                + " its year right?",
            fx -> {
              fx.saved(LocalDate.of(2019, 6, 10));
              fx.main().periods(YearMonth.of(2019, 4), YearMonth.of(2019, 5), "Jun-20");
              RuleFixturesTest.clean(fx).values(0.86, 0.87, 0.88);
            }),
        publishing(
            "recoverable-suppression", "L6", Severity.ERROR, recovered, CrossCellFixtures::sixty),
        publishing(
            "recoverable-suppression",
            "L6",
            Severity.ERROR,
            recovered.replace("(c)", "(<5)"),
            fx -> {
              sixty(fx);
              fx.main().rows().get(3).set("Jun-19", "<5");
            }),
        under(
            switchedOn,
            "recoverable-suppression",
            "L6",
            Severity.ERROR,
            recovered,
            CrossCellFixtures::sixty),
        publishing(
            "recoverable-suppression",
            "F3",
            Severity.ERROR,
            "May-19 is suppressed (c) but can be worked out: 93 in H3 - 40 in E3 - 45 in G3 = 8;"
                + " suppress another cell too (secondary suppression)",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2019, 4),
                      YearMonth.of(2019, 5),
                      YearMonth.of(2019, 6),
                      "Q1 2019/20");
              fx.row("REF 1", "Number of referrals received", "Not rated", "Number")
                  .values(40, "c", 45, 93);
            }),
        fires(
            "mixed-scale",
            "L3",
            Severity.WARNING,
            "Jun-19 is 88 typed as a plain number but May-19 in K3 is 87% formatted as a"
                + " percentage"
                + " (Excel holds 0.87): one of them is on the wrong scale; we read 88 as 88%",
            fx -> RuleFixturesTest.clean(fx).set("Jun-19", new Styled(88, "General"))),
        fires(
            "mixed-scale",
            "E3",
            Severity.WARNING,
            "Nov-18 is 61% formatted as a percentage (Excel holds 0.61) but Jun-19 in L3 is 72"
                + " typed as a plain number: one of them is on the wrong scale; we read 72 as 72%",
            fx ->
                RuleFixturesTest.clean(fx)
                    .format("General")
                    .values(new Styled(0.61, "0%"), 72, 71, 73, 72, 74, 72, 72)
                    .target(90)),
        fires(
            "percent-mismatch",
            "L3",
            Severity.WARNING,
            "Jun-19 says 50 of 91 is 58%, but it is 54.9%: the percentage does not match the"
                + " figures beside it",
            fx ->
                fx.row(
                        "EET 1",
                        "% of care leavers in education, employment or training",
                        "Higher is better",
                        "%")
                    .values(0.54, 0.56, 0.55, 0.57, 0.55, 0.56, 0.55, "50 out of 91, 58%")
                    .target(0.6)
                    .tolerance("5pp")),
        fires(
            "percent-mismatch",
            "L4",
            Severity.WARNING,
            "Jun-19 says 9 (3.1%), but 9 of the 250 in L3 is 3.6%: the percentage does not match"
                + " the count it is worked out from",
            fx -> {
              fx.row("MIS 4", "Missing episodes", "Not rated", "Number")
                  .values(240, 245, 250, 248, 246, 252, 249, 250);
              fx.row("MIS 4a", "of which: children in care", "Not rated", "Number")
                  .values(8, 9, 10, 8, 9, 7, 8, "9 (3.1%)");
            }),
        fires(
            "percent-mismatch",
            "L4",
            Severity.WARNING,
            "Jun-19 says 9 (3.1%), but 9 of the 250 in L3 is 3.6%: the percentage does not match"
                + " the count it is worked out from",
            fx -> {
              fx.row("LAC 1", "Children in care", "Not rated", "Number")
                  .values(240, 245, 250, 248, 246, 252, 249, 250);
              fx.row("LAC 7", "Children in care who went missing", "Not rated", "Number")
                  .values(8, 9, 10, 8, 9, 7, 8, "9 (3.1%)");
            }),
        fires(
            "percent-mismatch",
            "L3",
            Severity.WARNING,
            "Jun-19 says 9 (3.1%), but 9 of the 250 in R3 is 3.6%: the percentage does not match"
                + " the count it is worked out from",
            fx ->
                fx.row("RHI 2", "Return interviews within 72 hours", "Not rated", "Number")
                    .values(8, 9, 10, 8, 9, 7, 8, "9 (3.1%)")
                    .set("Denominator", 250)));
  }

  /** Children who went missing in Jun-19, 60, in four slices of which one is suppressed. */
  static void sixty(FixtureWorkbook fx) {
    fx.row("MIS 1", "Children who went missing", "Not rated", "Number").set("Jun-19", 60);
    fx.row("MIS 1a", "of which: from care", "Not rated", "Number").set("Jun-19", 30);
    fx.row("MIS 1b", "of which: from home", "Not rated", "Number").set("Jun-19", 22);
    fx.row("MIS 1c", "of which: from school", "Not rated", "Number").set("Jun-19", "c");
    fx.row("MIS 1d", "of which: other", "Not rated", "Number").set("Jun-19", 6);
  }
}
