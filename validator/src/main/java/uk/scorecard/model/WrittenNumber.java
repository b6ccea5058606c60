package uk.scorecard.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A number written out as text (typed into a cell, a target in a rules file, an amount in a Change
 * cell), read as an exact decimal only when a spreadsheet could hold it: at most {@value
 * #MAX_SIGNIFICANT} significant digits, as Excel keeps, and at most {@value #MAX_DIGITS} digits
 * written in all, as far as a double reaches. The test is a scan of the text, made before it is
 * parsed: parsing 99,000 digits, and the sums done with them after, cost the square of the digits
 * (35 s and 865 MB for one 54 KB workbook).
 */
public final class WrittenNumber {

  /** The significant digits Excel keeps; past them a figure is noise or something else. */
  public static final int MAX_SIGNIFICANT = 15;

  /** Digits written in all, zeros included: a double reaches 1.8E308 and 4.9E-324. */
  public static final int MAX_DIGITS = 330;

  private WrittenNumber() {}

  /**
   * The digits in the text when they are more than a spreadsheet holds, else 0. The text is a
   * number as written: an optional sign, digits, commas between groups, a decimal point.
   */
  public static int excess(CharSequence number) {
    int digits = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          first = first < 0 ? digits : first;
          last = digits;
        }
        digits++;
      }
    }
    boolean fits = digits <= MAX_DIGITS && (first < 0 || last - first + 1 <= MAX_SIGNIFICANT);
    return fits ? 0 : digits;
  }

  /**
   * For text written as a number ({@code -1,234.5}, {@code 87%}), the digits in it when they are
   * more than a spreadsheet holds; 0 for a number that fits and for text that is no number.
   */
  public static int excessInText(String text) {
    String t = text.strip();
    t = t.endsWith("%") ? t.substring(0, t.length() - 1).stripTrailing() : t;
    int start = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c < '0' || c > '9') && c != ',' && c != '.') {
        return 0;
      }
    }
    return t.length() > start ? excess(t) : 0;
  }

  /** The number as an exact decimal, commas dropped, or null when a spreadsheet cannot hold it. */
  public static @Nullable BigDecimal parse(String number) {
    return excess(number) > 0 ? null : new BigDecimal(number.replace(",", ""));
  }
}
