package uk.scorecard.check;

import static uk.scorecard.check.CrossCellFixtures.missing;
import static uk.scorecard.check.QuietTest.quiet;
import static uk.scorecard.check.QuietTest.quietPublishing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import uk.scorecard.check.FixtureWorkbook.Styled;

/**
 * The near-misses of the rules between cells, run by {@link QuietTest}: each is one step from a
 * fixture in {@link CrossCellFixtures} and legitimate, so gives no finding at all.
 */
final class QuietAcrossCells {

  private QuietAcrossCells() {}

  static Stream<Arguments> legitimate() {
    return Stream.of(
        quiet(
            "a part equal to its whole",
            fx -> {
              missing(fx);
              fx.row("MIS 1a", "of which: missing from care", "Not rated", "Number")
                  .values(10, 9, 12, 11, 33, 10, 12, 11);
            }),
        quiet(
            "a breakdown that adds up to its whole",
            fx -> {
              missing(fx);
              fx.row("MIS 1a", "of which: from care", "Not rated", "Number")
                  .values(10, 9, 12, 11, 12, 10, 12, 11);
              fx.row("MIS 1b", "of which: from home", "Not rated", "Number")
                  .values(15, 14, 16, 14, 12, 14, 15, 14);
              fx.row("MIS 1c", "of which: other", "Not rated", "Number")
                  .values(4, 5, 6, 5, 9, 5, 6, 5);
            }),
        quiet(
            "a funnel of rows each drawn from the one before",
            fx -> {
              missing(fx);
              fx.row("MIS 5", "– of those, offered a return interview", "Not rated", "Number")
                  .values(28, 26, 33, 30, 30, 27, 31, 29);
              fx.row("MIS 6", "– of those, accepted", "Not rated", "Number")
                  .values(20, 19, 25, 22, 20, 21, 24, 20);
            }),
        quiet(
            "percentages of a part above its whole's",
            fx -> {
              fx.row(
                      "CP 1",
                      "% of child protection plans reviewed on time",
                      "Higher is better",
                      "%")
                  .values(0.9, 0.91, 0.9, 0.92, 0.9, 0.91, 0.9, 0.9)
                  .target(0.9);
              fx.row("CP 1a", "of which: plans for babies", "Higher is better", "%")
                  .values(0.95, 0.96, 0.97, 0.95, 0.96, 0.97, 0.95, 0.96)
                  .target(0.9);
            }),
        quiet(
            "children in care in a month above the figure at the quarter's end",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2019, 4),
                      YearMonth.of(2019, 5),
                      YearMonth.of(2019, 6),
                      "Q1 2019/20");
              fx.row("LAC 1", "Number of children in care", "Not rated", "Number")
                  .values(435, 432, 430, 430);
            }),
        quiet(
            "a month's referrals within the quarter's",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2019, 4),
                      YearMonth.of(2019, 5),
                      YearMonth.of(2019, 6),
                      "Q1 2019/20");
              fx.row("REF 1", "Number of referrals received", "Not rated", "Number")
                  .values(40, 45, 40, 125);
            }),
        quiet(
            "a year-to-date count starting again in April",
            fx ->
                fx.row("FD 3", "Contacts received (year to date)", "Not rated", "Number")
                    .values(800, 900, 950, 1050, 1150, 100, 220, 330)),
        quiet(
            "a quarterly series headed by its quarter-end months",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2018, 6),
                      YearMonth.of(2018, 9),
                      YearMonth.of(2018, 12),
                      YearMonth.of(2019, 3));
              RuleFixturesTest.clean(fx).values(0.86, 0.87, 0.88, 0.88);
            }),
        quiet(
            "an empty column for a month to come",
            fx -> {
              fx.main().periods(YearMonth.of(2019, 4), YearMonth.of(2019, 5), "June 2090");
              RuleFixturesTest.clean(fx).values(0.86, 0.87, null);
            }),
        quiet(
            "a saved day before most columns with figures: a tool left it unchanged",
            fx -> {
              fx.saved(LocalDate.of(2018, 6, 1));
              RuleFixturesTest.clean(fx);
            }),
        quiet(
            "a count over twelve months beside the month's",
            fx -> {
              fx.row("REF 2", "Number of referrals", "Not rated", "Number")
                  .values(140, 150, 145, 160, 150, 148, 152, 150);
              fx.row("REF 3", "Number of referrals in the last 12 months", "Not rated", "Number")
                  .values(1800, 1810, 1805, 1820, 1815, 1812, 1818, 1820);
            }),
        quietPublishing(
            "two suppressed slices of a breakdown",
            fx -> {
              CrossCellFixtures.sixty(fx);
              fx.main().rows().get(4).set("Jun-19", "c");
            }),
        quietPublishing(
            "a suppressed slice of a breakdown that leaves much unaccounted for",
            fx -> {
              CrossCellFixtures.sixty(fx);
              fx.main().rows().get(1).set("Jun-19", 10);
            }),
        quiet(
            "a title typed with one leading space is not a part of the row above",
            fx -> {
              missing(fx);
              fx.row("REF 1", " Number of referrals received", "Not rated", "Number")
                  .values(140, 150, 145, 160, 150, 148, 152, 150);
            }),
        quiet(
            "a count written with the percentage of the cohort in another row",
            fx -> {
              fx.row("LAC 1", "Children in care", "Not rated", "Number")
                  .values(240, 245, 250, 248, 246, 252, 249, 250);
              fx.row("LAC 7", "Children in care who went missing", "Not rated", "Number")
                  .values(8, 9, 10, 8, 9, 7, 8, "9 (3.6%)");
            }),
        quietPublishing(
            "a slice suppressed as <5 whose remainder is 5 or more",
            fx -> {
              CrossCellFixtures.sixty(fx);
              // 60 - 30 - 19 - 6 = 5, which "<5" cannot hide: another slice is not shown.
              fx.main().rows().get(2).set("Jun-19", 19);
              fx.main().rows().get(3).set("Jun-19", "<5");
            }),
        quiet(
            "a count written with the percentage its whole gives",
            fx -> {
              fx.row("MIS 4", "Missing episodes", "Not rated", "Number")
                  .values(240, 245, 250, 248, 246, 252, 249, 250);
              fx.row("MIS 4a", "of which: children in care", "Not rated", "Number")
                  .values(8, 9, 10, 8, 9, 7, 8, "9 (3.6%)");
            }),
        quiet(
            "a count out of its denominator with the right percentage",
            fx ->
                fx.row(
                        "EET 1",
                        "% of care leavers in education, employment or training",
                        "Higher is better",
                        "%")
                    .values(0.54, 0.56, 0.55, 0.57, 0.55, 0.56, 0.55, "50 out of 91, 55%")
                    .target(0.6)
                    .tolerance("5pp")),
        quiet(
            "plain fractions beside percent-formatted ones: one scale in Excel",
            fx -> RuleFixturesTest.clean(fx).set("Nov-18", new Styled(0.84, "0.00"))));
  }
}
