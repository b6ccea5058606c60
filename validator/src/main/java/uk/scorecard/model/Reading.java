package uk.scorecard.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** What one figure cell holds: a number, a legitimate marker, nothing, or an error. */
public sealed interface Reading {

  /**
   * A number. Percentages are held on the 0-100 scale; {@code decimals} is the precision the
   * workbook shows it at; {@code storedAsText} marks a number typed into a text cell.
   */
  record Figure(BigDecimal value, int decimals, boolean percentFormatted, boolean storedAsText)
      implements Reading {}

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
