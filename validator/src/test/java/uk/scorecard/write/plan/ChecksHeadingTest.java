package uk.scorecard.write.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Checks sheet's day it was checked, written by hand, against the JDK's formatter. */
final class ChecksHeadingTest {

  private static final DateTimeFormatter JDK =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneId.of("Europe/London"));

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2025-04-06T23:30:00Z", // British Summer Time: already the 7th
        "2025-01-01T00:05:00Z", // GMT: the 1st
        "2025-03-29T23:59:59Z", // the second before the clocks go forward
        "2025-10-25T23:00:00Z", // BST: already the 26th
        "2024-12-31T23:59:00Z",
        "2026-09-09T09:09:00Z"
      })
  void saysTheDayInTheUkAsTheJdkWould(String at) {
    Instant t = Instant.parse(at);
    assertThat(ChecksHeading.when(t)).isEqualTo(JDK.format(t));
  }
}
