package uk.scorecard.write.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Checks sheet's "when it was checked", written by hand, against the JDK's formatter. */
final class ChecksHeadingTest {

  private static final DateTimeFormatter JDK =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2025-04-07T10:30:00Z", // British Summer Time: 11:30
        "2025-01-01T00:05:00Z", // GMT, a minute under ten
        "2025-03-30T00:59:59Z", // the hour before the clocks go forward
        "2025-10-26T01:00:00Z", // the clocks go back
        "2024-12-31T23:59:00Z",
        "2026-09-09T09:09:00Z"
      })
  void saysTheTimeInTheUkAsTheJdkWould(String at) {
    Instant t = Instant.parse(at);
    assertThat(ChecksHeading.when(t)).isEqualTo(JDK.format(t));
  }
}
