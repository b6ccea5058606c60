package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scorecard.model.Polarity;

/** The built-in catalogue: which titles imply which polarity, and by which words. */
class PolarityCatalogueTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      Re-referrals within 12 months | lower | re-referrals
      Children subject to a repeat child protection plan | lower | repeat child protection plan
      CP plans for a second or subsequent time | lower | second or subsequent
      Average caseload per social worker | lower | caseload
      Social worker vacancy rate | lower | vacancy
      Agency social worker rate | lower | agency social worker rate
      Fixed-term exclusions of children in care | lower | exclusions
      Care leavers not in education, employment or training | lower | not in education, employment or training
      Assessments completed within timescale | higher | within timescale
      % of contacts with a decision within 1 working day | higher | within 1 working day
      Care leavers with an up-to-date pathway plan | higher | up-to-date
      Care leavers in education, employment or training | higher | in education, employment or training
      Care leavers in suitable accommodation | higher | suitable accommodation
      Number of children in care | - | -
      Number of agency social workers | - | -
      % of something on time | - | -
      Missing episodes from care | - | -
      CLA statutory visits | - | -
      """)
  void readsPolarityFromTheTitle(String title, String polarity, String phrase) {
    assertReads(title, polarity, phrase);
  }

  /** Issue 15, finding 4: the population ('missing', 'exclusion', 'care') does not decide. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      % of return home interviews within 72 hours for children missing from care | higher | within 72 hours
      % of children with a missing episode offered a return interview | higher | offered
      Reintegration meetings held within 5 school days of a fixed-term exclusion | higher | within 5 school days
      % of children in care who had a dental check | higher | dental check
      % of looked after children in the same placement for at least 2 years | higher | same placement for at least 2 years
      % of looked after children with three or more placements | lower | three or more placements
      """)
  void readsWhatIsMeasuredNotThePopulation(String title, String polarity, String phrase) {
    assertReads(title, polarity, phrase);
  }

  /** A negator turns a good cue into a failure, and a failure is rated even when counted. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      % of missing episodes where a return interview was not offered | lower | not offered
      % of children not seen within 10 days | lower | not seen within 10 days
      % of children in care without an up-to-date health assessment | lower | without an up-to-date health assessment
      % of assessments completed out of timescale | lower | out of timescale
      Number of child protection visits overdue | lower | overdue
      Number of children not offered a return home interview | lower | not offered
      """)
  void negationsAndFailuresAreLowerIsBetter(String title, String polarity, String phrase) {
    assertReads(title, polarity, phrase);
  }

  /** Titles the catalogue must leave unrated: a wrong direction would misrate them. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Return home interviews offered | work done, not a share of it
      Number of assessments completed within 45 working days | a count of work done
      Children subject to a child protection plan rate per 10,000 | a population rate
      % of looked after children who went missing | missing has no agreed direction
      % of re-referrals completed within 45 working days | cues disagree
      % of children going missing within 24 hours of placement | a window, not timeliness
      % reduction in re-referrals | a change in a bad measure
      % of care leavers who are not NEET | a negated bad cue
      Referrals completed by source of referral - Police (%) | a breakdown
      % of assessments leading to a child in need plan | a flow
      Short-term placement stability | which measure is not said
      """)
  void leavesUnsureTitlesUnrated(String title, String why) {
    assertThat(PolarityCatalogue.lookup(title)).as(why).isEmpty();
  }

  private static void assertReads(String title, String polarity, String phrase) {
    var m = PolarityCatalogue.lookup(title);
    if (polarity == null) {
      assertThat(m).isEmpty();
      return;
    }
    assertThat(m).isPresent();
    assertThat(m.get().polarity())
        .isEqualTo(polarity.equals("lower") ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
    assertThat(m.get().phrase()).isEqualTo(phrase);
  }
}
