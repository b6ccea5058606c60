package uk.scorecard.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.num;
import static uk.scorecard.fixtures.Value.pct;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Column;
import uk.scorecard.rate.RatedIndicator;

/**
 * Comparator columns (England, statistical neighbours...) are read on the row's scale, not as
 * periods, and the exception sentence says whether the figure is better or worse than each.
 */
class ComparatorsTest {

  private final Scorecard scorecard = new Scorecard();

  @Test
  void theSentenceSaysBetterOrWorseThanEachComparatorThroughThePolarity() throws Exception {
    byte[] book =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                month(2020, 2),
                month(2020, 3),
                "Target",
                "Tolerance",
                "England",
                "Stat neighbours",
                "RAG")
            // 87% against England's 85% (a percentage cell) and neighbours' 90 (typed as a whole).
            .row(
                "AMT 2",
                "% of assessments completed within 45 working days",
                "Higher is better",
                "%",
                pct(.88),
                pct(.87),
                pct(.90),
                "5%",
                pct(.85),
                num(90, "0"))
            // 22% lower is better against England's 0.18 (a fraction, unformatted): 18%.
            .row(
                "CP 11",
                "% of children subject to a repeat child protection plan",
                "Lower is better",
                "%",
                pct(.19),
                pct(.22),
                pct(.15),
                "10%",
                num(0.18, "General"),
                pct(.22))
            .bytes();
    List<RatedIndicator> rated = scorecard.ratedOnly(new Input("c.xlsx", book), Options.DEFAULT);
    assertThat(rated).hasSize(2);
    assertThat(rated.get(0).row().observations()).hasSize(2); // the comparators are no periods
    assertThat(rated.get(0).row().comparators())
        .containsEntry(Column.ENGLAND, new BigDecimal("85"))
        .containsEntry(Column.STAT_NEIGHBOURS, new BigDecimal("90"));
    assertThat(Sentences.of(rated.get(0), null))
        .endsWith(
            "(worsening); better than England"
                + " (85%) and worse than statistical neighbours (90%).");
    assertThat(Sentences.of(rated.get(1), null))
        .endsWith(
            "(worsening); worse than England (18%)"
                + " and the same as statistical neighbours (22%).");
  }

  @Test
  void aComparatorOnAnotherScaleIsAFindingAtItsCell() throws Exception {
    byte[] book =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                month(2020, 2),
                month(2020, 3),
                "Target",
                "England",
                "Stat neighbours")
            // A rate per 10,000 (346) beside percentages; England's 85% is on the row's scale.
            .row(
                "CIN 2",
                "% of referrals within 12 months of a previous referral",
                "Lower is better",
                "%",
                pct(.20),
                pct(.22),
                pct(.20),
                pct(.85),
                num(346, "0"))
            .row(
                "W 1",
                "Average caseload per social worker",
                "Lower is better",
                "Decimal",
                num(17.9, "0.0"),
                num(18.2, "0.0"),
                16,
                num(17.5, "0.0"),
                num(16.9, "0.0"))
            .bytes();
    var findings =
        scorecard.check(new Input("c.xlsx", book), Options.DEFAULT).findings().stream()
            .filter(f -> f.code().equals("comparator-scale"))
            .toList();
    assertThat(findings).extracting(f -> f.cell()).containsExactly("I2");
    assertThat(findings.get(0).message()).startsWith("Statistical neighbours is 346% beside 22%");
  }

  @Test
  void aRangeOrAnUnratedRowHasNoComparison() throws Exception {
    byte[] book =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                month(2020, 2),
                month(2020, 3),
                "Target",
                "Tolerance",
                "National")
            .row(
                "LAC 6",
                "% with 3 or more placement moves",
                "Within range",
                "%",
                pct(.11),
                pct(.14),
                "8% to 12%",
                "2pp",
                pct(.10))
            .bytes();
    RatedIndicator r = scorecard.ratedOnly(new Input("c.xlsx", book), Options.DEFAULT).get(0);
    assertThat(r.row().comparators()).containsKey(Column.NATIONAL);
    assertThat(Sentences.of(r, null)).doesNotContain("national");
  }
}
