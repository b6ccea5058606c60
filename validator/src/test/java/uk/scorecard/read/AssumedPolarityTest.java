package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * Rating when neither the workbook nor a rules file gives a polarity: the same indicator in another
 * table, then the title; otherwise Not rated with the reason in the caveat.
 */
class AssumedPolarityTest {

  private final Scorecard scorecard = new Scorecard();

  @Test
  void polarityFromTheTitleIsUsedAndSaid() throws Exception {
    Report r =
        check(
            WorkbookBuilder.scorecard()
                .row("Ref", "Indicator", month(2019, 6), month(2019, 7), "Target")
                .row("FD 8", "% of re-referrals within 12 months", pct(0.23), pct(0.25), pct(0.22))
                .row("CIN 4", "Number of children in need", 834, 838, 800)
                .bytes());
    IndicatorResult fd8 = r.indicators().get(0);
    assertThat(fd8.rating()).isEqualTo(Rating.RED);
    assertThat(fd8.caveat())
        .isEqualTo("Auto: Direction assumed from the title ('re-referrals': lower is better)");
    assertThat(only(r, f -> f.code().equals(ReadCodes.POLARITY_FROM_TITLE)).message())
        .isEqualTo(
            "Polarity of FD 8 assumed from its title: 're-referrals' means lower is"
                + " better; add a Polarity column or a rules file entry to confirm it");
    IndicatorResult cin4 = r.indicators().get(1);
    assertThat(cin4.rating()).isEqualTo(Rating.GREY);
    assertThat(cin4.caveat())
        .isEqualTo("Auto: Not rated: no polarity (add a Polarity column or a rules file entry)");
  }

  @Test
  void polarityComesFromTheSameIndicatorInAnotherTable() throws Exception {
    Report r =
        check(
            WorkbookBuilder.scorecard()
                .row("Ref", "Indicator", "Polarity", month(2019, 6), month(2019, 7), "Target")
                .row(
                    "FD 2",
                    "Contacts to referral",
                    "Lower is better",
                    pct(0.3),
                    pct(0.28),
                    pct(0.3))
                .sheet("Detail")
                .row("Ref", "Indicator", month(2019, 6), month(2019, 7), "Target")
                .row("FD 2", "Contacts to referral", pct(0.3), pct(0.28), pct(0.3))
                .bytes());
    IndicatorResult detail = r.indicators().get(1);
    assertThat(detail.rating()).isEqualTo(Rating.GREEN);
    assertThat(detail.caveat())
        .isEqualTo("Auto: Polarity lower is better, taken from Scorecard!C2");
    assertThat(only(r, f -> f.code().equals(ReadCodes.POLARITY_FROM_OTHER_TABLE)).cell())
        .isEqualTo("A2");
  }

  /** The 13-month detail table: blank early months, TBC latest, its own target. */
  @Test
  void detailTableIsRatedOnItsLastRealValueWithACaveat() throws Exception {
    Report r = check(SheetLayouts.overviewAndDetailSheets());
    IndicatorResult overview = r.indicators().get(0);
    IndicatorResult detail = r.indicators().get(1);
    assertThat(overview.target()).isEqualTo("95%");
    assertThat(overview.latest()).isEqualTo("84% (Jul-19)");
    assertThat(detail.sheet()).isEqualTo("Detail");
    assertThat(detail.target()).isEqualTo("80%");
    assertThat(detail.latest()).isEqualTo("81% (Jun-19)");
    assertThat(detail.rating()).isEqualTo(Rating.GREEN);
    assertThat(detail.caveat()).startsWith("Auto: Jul-19 not yet available; rated on Jun-19");
  }

  private Report check(byte[] wb) throws Exception {
    return scorecard.check(new Input("t.xlsx", wb), Options.DEFAULT);
  }

  private static Finding only(Report r, Predicate<Finding> which) {
    var found = r.findings().stream().filter(which).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
