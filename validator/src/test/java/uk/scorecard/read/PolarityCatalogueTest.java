package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scorecard.model.Polarity;

/** The built-in catalogue: which titles imply which polarity, and by which words. */
class PolarityCatalogueTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Re-referrals within 12 months                              | lower  | re-referrals
      Children subject to a repeat child protection plan          | lower  | repeat child protection plan
      CP plans for a second or subsequent time                    | lower  | second or subsequent
      Average caseload per social worker                          | lower  | caseload
      Social worker vacancy rate                                  | lower  | vacancy
      Agency social worker rate                                   | lower  | agency social worker rate
      Missing episodes from care                                  | lower  | missing episodes
      Fixed-term exclusions of children in care                   | lower  | exclusions
      Care leavers not in education, employment or training       | lower  | not in education, employment or training
      Assessments completed within timescale                      | higher | within timescale
      % of contacts with a decision within 1 working day          | higher | within 1 working day
      Care leavers with an up-to-date pathway plan                | higher | up-to-date
      CLA statutory visits                                        | higher | visits
      Care leavers in education, employment or training           | higher | in education, employment or training
      Care leavers in suitable accommodation                      | higher | suitable accommodation
      Number of children in care                                  | -      | -
      Number of agency social workers                             | -      | -
      % of something on time                                      | -      | -
      """)
  void readsPolarityFromTheTitle(String title, String polarity, String phrase) {
    var m = PolarityCatalogue.lookup(title);
    if (polarity == null) {
      assertThat(m).isEmpty();
      return;
    }
    assertThat(m).isPresent();
    assertThat(m.get().polarity()).isEqualTo(
        polarity.equals("lower") ? Polarity.LOWER_IS_BETTER : Polarity.HIGHER_IS_BETTER);
    assertThat(m.get().phrase()).isEqualTo(phrase);
  }
}
