package uk.scorecard.templates;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Unit;

/** One line below the header of a Scorecard sheet: a section label or an indicator. */
sealed interface SheetLine {

  /** A section label in capitals, alone in column A. */
  record Section(String label) implements SheetLine {}

  /**
   * An indicator row. Values and target are Numbers (on Excel's scale: 0.85 for 85%), marker
   * Strings such as {@code TBC}, or null for blank; tolerance is text such as {@code 10%} or a
   * Number in the indicator's units.
   */
  record Indicator(
      String ref,
      String title,
      Polarity polarity,
      Unit unit,
      Object target,
      Object tolerance,
      List<Object> values,
      Integer numerator,
      Integer denominator,
      String caveat)
      implements SheetLine {

    /** An indicator with no figures yet. */
    static Indicator of(
        String ref, String title, Polarity polarity, Unit unit, Object target, Object tolerance) {
      return new Indicator(
          ref, title, polarity, unit, target, tolerance, List.of(), null, null, null);
    }

    /** This indicator with the given figures, oldest first. */
    Indicator values(Object... figures) {
      List<Object> list = Collections.unmodifiableList(Arrays.asList(figures));
      return new Indicator(
          ref, title, polarity, unit, target, tolerance, list, numerator, denominator, caveat);
    }

    /** This indicator with the latest period's numerator and denominator. */
    Indicator counts(int top, int bottom) {
      return new Indicator(
          ref, title, polarity, unit, target, tolerance, values, top, bottom, caveat);
    }

    /** This indicator with an officer's caveat. */
    Indicator caveat(String note) {
      return new Indicator(
          ref, title, polarity, unit, target, tolerance, values, numerator, denominator, note);
    }

    /** The last {@code n} figures, so one series can fill a shorter template. */
    Indicator latest(int n) {
      return values(values.subList(values.size() - n, values.size()).toArray());
    }
  }
}
