package uk.scorecard.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What one figure cell holds: a number, a legitimate marker, nothing, or an error. */
public sealed interface Reading {

  /**
   * A number. Percentages are held on the 0-100 scale; {@code decimals} is the precision the
   * workbook shows it at; {@code percentFormatted} marks a percentage Excel holds as a fraction of
   * one (formatted as a percentage, or a plain 0.85 read as 85%); {@code storedAsText} marks a
   * number typed into a text cell. {@code stated} is what else the cell says beside the number ("9
   * (3.1%)"), or null.
   */
  record Figure(
      BigDecimal value,
      int decimals,
      boolean percentFormatted,
      boolean storedAsText,
      @Nullable Stated stated)
      implements Reading {

    /** A number with nothing written beside it. */
    public Figure(BigDecimal value, int decimals, boolean percentFormatted, boolean storedAsText) {
      this(value, decimals, percentFormatted, storedAsText, null);
    }

    /** The count the cell gives: the count written beside a percentage, else null. */
    public @Nullable BigDecimal statedCount() {
      return stated == null ? null : stated.count();
    }
  }

  /**
   * A count and its percentage written in one cell, as published reports do: "9 (3.1%)", "50 out of
   * 91, 55%", "55% (50/91)". {@code of} is the denominator when the cell gives it, else null;
   * {@code percent} is on the 0-100 scale, shown to {@code percentDecimals} places.
   */
  record Stated(
      BigDecimal count, @Nullable BigDecimal of, BigDecimal percent, int percentDecimals) {}

  /** A legitimate non-number such as {@code TBC}, {@code N/A}, {@code c} or {@code [x]}. */
  record Marker(String text) implements Reading {}

  /**
   * A figure held elsewhere or not applicable: "See Part 2 report", "Reported to the confidential
   * panel", "N/A". The indicator is still an indicator; the figure is not in this workbook.
   */
  record Withheld(String text) implements Reading {}

  /** An empty cell. */
  record Blank() implements Reading {}

  /** An Excel error value such as {@code #DIV/0!}. */
  record ExcelError(String code) implements Reading {}

  /** A formula whose result was never calculated and saved: we report it rather than guess. */
  record NoCachedResult(String formula) implements Reading {}

  /** Text that is neither a number nor a known marker. */
  record Other(String text) implements Reading {}

  Blank BLANK = new Blank();

  /** The figure this reading holds, or null when it holds no number. */
  default @Nullable Figure figure() {
    return this instanceof Figure f ? f : null;
  }
}
