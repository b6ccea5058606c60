package uk.scorecard.write.plan;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Period;
import uk.scorecard.rate.RatedIndicator;

/**
 * What the printed Checks sheet says about itself: the reporting period ("Mar-25", the latest
 * period heading of the first table; empty with no table), the day it was checked, and the
 * protective marking (empty when the rules file gives none). The workbook's name is the page
 * header's file-name field, so it is the name the file has when printed, and rating a renamed copy
 * again changes nothing; the day, not the minute, for the same reason.
 */
public record ChecksHeading(String period, String checked, String marking) {

  /** No heading lines: for callers that build a Checks sheet without a run behind it. */
  public static final ChecksHeading NONE = new ChecksHeading("", "", "");

  // Month names by hand, not a DateTimeFormatter: its text fields load the JDK's locale data,
  // which a short run must not (StartupIT).
  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  public ChecksHeading {
    period = period == null ? "" : period;
    checked = checked == null ? "" : checked;
    marking = marking == null ? "" : marking;
  }

  /** The heading for a run over these rated indicators today. */
  public static ChecksHeading of(List<RatedIndicator> rated, String marking) {
    return new ChecksHeading(period(rated), when(now()), marking);
  }

  /** The day as the sheet shows it, in UK time, where the officers are. */
  static String when(Instant at) {
    ZonedDateTime t = at.atZone(ZoneId.of("Europe/London"));
    return t.getDayOfMonth() + " " + MONTHS[t.getMonthValue() - 1] + " " + t.getYear();
  }

  /**
   * Now, or the time {@code SOURCE_DATE_EPOCH} gives (seconds since 1970), the reproducible-builds
   * convention: with it set, the same workbook rated twice gives the same bytes, which the tests
   * that rate a rated workbook again compare.
   */
  static Instant now() {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
    }
    return Instant.now();
  }

  private static String period(List<RatedIndicator> rated) {
    if (rated.isEmpty()) {
      return "";
    }
    // The latest by date, not the rightmost: a few workbooks put the newest month first.
    return rated.get(0).row().layout().periods().stream()
        .map(Layout.PeriodColumn::period)
        .max(java.util.Comparator.naturalOrder())
        .map(Period::label)
        .orElse("");
  }
}
