package uk.scorecard.read;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The day an Excel date serial falls on, as POI's DateUtil gives it but without its Calendar, whose
 * first use loads the JDK's calendar and locale data: a large part of a short run.
 */
final class ExcelDate {

  /** 9999-12-31, the last day Excel shows. */
  private static final double MAX_SERIAL = 2_958_465;

  private static final long DAY_MS = 86_400_000L;
  private static final LocalDate START_1900 = LocalDate.of(1900, 1, 1);
  private static final LocalDate START_1904 = LocalDate.of(1904, 1, 1);

  private ExcelDate() {}

  /** The day, or null when the serial is not a date Excel could show. */
  static @Nullable LocalDate of(double serial, boolean date1904) {
    if (!(serial >= 0 && serial < MAX_SERIAL + 1)) {
      return null;
    }
    long whole = (long) serial;
    // Rounded to the millisecond, as POI does: a time a hair before midnight is the next day.
    long ms = (long) ((serial - whole) * DAY_MS + 0.5);
    long days = whole + (ms >= DAY_MS ? 1 : 0);
    if (date1904) {
      return START_1904.plusDays(days);
    }
    // Excel counts 29 February 1900, which never was: from 1 March on, one day less.
    return START_1900.plusDays(whole < 61 ? days - 1 : days - 2);
  }
}
