package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Rating;
import uk.scorecard.report.IndicatorResult;

/**
 * Layouts found in councils' published reports: a Target / Range column holding bands and single
 * targets, Management commentary as the caveat, and a Frequency column. Each is read and rated as
 * the officer means it, and the workbook comes back whole.
 */
class CouncilLayoutsTest {

  /** The options the suite rates with; its Live subclass runs it again with --live. */
  Options options() {
    return Options.DEFAULT;
  }

  private final Scorecard scorecard = new Scorecard();

  @Test
  void aTargetOrRangeColumnHoldsBandsAndSingleTargets() throws Exception {
    Rated rated =
        rate(
            WorkbookBuilder.scorecard()
                .row(
                    "Ref",
                    "Indicator",
                    "Polarity",
                    month(2019, 6),
                    month(2019, 7),
                    "Target / Range")
                .row(
                    "LAC 6",
                    "% of children with 3 or more placement moves",
                    "Within range",
                    pct(0.1),
                    pct(0.13),
                    "8% to 12%")
                .row(
                    "FD 7",
                    "% of contacts decided within 1 working day",
                    "Higher is better",
                    pct(0.9),
                    pct(0.96),
                    pct(0.95))
                .bytes());
    // 13% is 1pp past a band of 8% to 12% (5% of 12 is 0.6pp): Red; 96% beats 95%: Green.
    assertThat(rated.report().indicators())
        .extracting(IndicatorResult::target, IndicatorResult::rating)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("8% to 12%", Rating.RED),
            org.assertj.core.groups.Tuple.tuple("95%", Rating.GREEN));
  }

  @Test
  void managementCommentaryIsTheCaveatColumnAndKeepsTheOfficersWords() throws Exception {
    Rated rated =
        rate(
            WorkbookBuilder.scorecard()
                .row(
                    "Ref",
                    "Indicator",
                    "Polarity",
                    month(2019, 6),
                    month(2019, 7),
                    "Target",
                    "Management commentary")
                .row(
                    "AMT 2",
                    "% of assessments within 45 working days",
                    "Higher is better",
                    pct(0.9),
                    "TBC",
                    pct(0.95),
                    "Recovery plan agreed in May")
                .bytes());
    IndicatorResult amt2 = rated.report().indicators().get(0);
    assertThat(amt2.caveat())
        .isEqualTo(
            "Recovery plan agreed in May\n" + "Auto: Jul-19 not yet available; rated on Jun-19");
  }

  @Test
  void aQuarterlyIndicatorWithNoFigureThisMonthIsNotMissing() throws Exception {
    Rated rated =
        rate(
            WorkbookBuilder.scorecard()
                .row(
                    "Ref",
                    "Indicator",
                    "Polarity",
                    "Frequency",
                    month(2019, 6),
                    month(2019, 7),
                    "Target")
                .row(
                    "LAC 9",
                    "% of children in care with an up to date health check",
                    "Higher is better",
                    "Quarterly",
                    pct(0.91),
                    null,
                    pct(0.9))
                .row(
                    "FD 7",
                    "% of contacts decided within 1 working day",
                    "Higher is better",
                    "Monthly",
                    pct(0.9),
                    null,
                    pct(0.95))
                .bytes());
    assertThat(rated.report().indicators())
        .extracting(IndicatorResult::caveat)
        .containsExactly(
            "Auto: Quarterly indicator: rated on Jun-19",
            "Auto: Jul-19 not yet available; rated on Jun-19");
  }

  private Rated rate(byte[] workbook) throws Exception {
    Rated rated = scorecard.rate(new Input("council.xlsx", workbook), options());
    FidelityChecks checks = new FidelityChecks("council.xlsx", workbook, rated);
    checks.partsKept();
    checks.cellsKept();
    checks.secondRunChangesNothing(
        scorecard.rate(new Input("council.xlsx", rated.bytes()), options()).bytes());
    return rated;
  }
}
