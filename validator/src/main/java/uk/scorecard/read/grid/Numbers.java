package uk.scorecard.read.grid;

import java.math.BigDecimal;
import java.math.MathContext;

/** Exact decimals from stored cell text, cleaned of binary floating-point noise. */
public final class Numbers {

  /** Excel keeps 15 significant digits; anything past that is noise from binary storage. */
  private static final MathContext EXCEL = new MathContext(15);

  /** Decimal digits either side of the point a double reaches (1.8E308, 4.9E-324). */
  private static final int MAX_MAGNITUDE = 330;

  /**
   * Characters of stored number text parsed at most: a double's shortest form has 24, a full
   * expansion a few hundred. Longer text is not parsed (its cost grows with its square).
   */
  private static final int MAX_STORED = 400;

  private Numbers() {}

  /** The stored text as an exact decimal ({@code 0.84999999999999998} becomes {@code 0.85}). */
  public static BigDecimal parse(String stored) {
    if (stored.length() > MAX_STORED) {
      throw new NumberFormatException("too long: " + stored.length() + " characters");
    }
    BigDecimal b = new BigDecimal(stored.trim());
    int magnitude = b.precision() - b.scale();
    if (b.signum() != 0 && (magnitude > MAX_MAGNITUDE || magnitude < -MAX_MAGNITUDE)) {
      // Past what a double (so Excel) can hold; 1E100000069 would take minutes to expand.
      throw new NumberFormatException("out of range: " + stored.length() + " characters");
    }
    return clean(b);
  }

  /** What {@link #compact} gives for text it leaves to {@link #parse}. */
  public static final long NOT_COMPACT = Long.MIN_VALUE;

  /**
   * The stored text as {@link #parse} would read it, packed in a long (the unscaled digits shifted
   * left 8 bits, the scale in the low byte) without making a BigDecimal, for the plain decimals
   * that nearly every cell holds: a sign, at most 15 significant digits, no exponent. Anything else
   * gives {@link #NOT_COMPACT}.
   */
  public static long compact(CharSequence stored) {
    int i = 0;
    int end = stored.length();
    if (end > MAX_STORED) {
      return NOT_COMPACT; // parse refuses it
    }
    boolean negative = end > 0 && stored.charAt(0) == '-';
    if (negative || (end > 0 && stored.charAt(0) == '+')) {
      i++;
    }
    long unscaled = 0;
    int significant = 0;
    int scale = -1;
    int digits = 0;
    for (; i < end; i++) {
      char c = stored.charAt(i);
      if (c == '.' && scale < 0) {
        scale = 0;
        continue;
      }
      if (c < '0' || c > '9') {
        return NOT_COMPACT; // an exponent, spaces, or no number at all
      }
      digits++;
      if (scale >= 0) {
        scale++;
      }
      if (significant > 0 || c != '0') {
        if (++significant > 15) {
          return NOT_COMPACT; // rounded to Excel's 15 digits by parse
        }
        unscaled = unscaled * 10 + (c - '0');
      }
    }
    scale = Math.max(scale, 0);
    if (digits == 0 || scale > Byte.MAX_VALUE) {
      return NOT_COMPACT;
    }
    while (scale > 0 && unscaled % 10 == 0) {
      unscaled /= 10; // as parse strips trailing zeros
      scale--;
    }
    if (unscaled == 0) {
      scale = 0;
    }
    return ((negative ? -unscaled : unscaled) << 8) | scale;
  }

  /** A double from a legacy workbook, by its shortest decimal form. */
  public static BigDecimal of(double d) {
    return clean(new BigDecimal(Double.toString(d)));
  }

  private static BigDecimal clean(BigDecimal b) {
    BigDecimal r = b.round(EXCEL).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  /**
   * The decimal places a number format shows ({@code 0.0%} shows 1), or -1 for General: the
   * placeholders after the first point of its first section, outside quoted text, escaped
   * characters and [brackets]. A scan rather than a regular expression: it runs for every figure
   * cell, and allocates nothing.
   */
  public static int decimalsShown(String format) {
    if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
      return -1;
    }
    int semi = format.indexOf(';');
    int end = semi < 0 ? format.length() : semi;
    int lastQuote = format.lastIndexOf('"', end - 1);
    int lastClose = format.lastIndexOf(']', end - 1);
    int n = -1; // -1 until the point is met
    for (int i = 0; i < end; i++) {
      int after = skipLiteral(format, i, end, lastQuote, lastClose, true);
      if (after > i) {
        i = after - 1; // a literal is left out, as if it were not there
        continue;
      }
      char ch = format.charAt(i);
      if (n < 0) {
        n = ch == '.' ? 0 : -1;
      } else if (ch == '0' || ch == '#' || ch == '?') {
        n++;
      } else if (ch != ',') {
        break;
      }
    }
    return Math.max(n, 0);
  }

  /** True when a number format shows a percentage: a % outside quoted text and escapes. */
  public static boolean isPercentFormat(String format) {
    if (format == null || format.indexOf('%') < 0) {
      return false;
    }
    int end = format.length();
    int lastQuote = format.lastIndexOf('"');
    for (int i = 0; i < end; i++) {
      int after = skipLiteral(format, i, end, lastQuote, -1, false);
      if (after > i) {
        i = after - 1;
      } else if (format.charAt(i) == '%') {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the literal starting at {@code i} ends (quoted text, a backslash and the character it
   * escapes, or with {@code brackets} a [bracketed] part), or {@code i} when none starts there. An
   * opening quote or bracket with no closing one after it is no literal. {@code lastQuote} and
   * {@code lastClose} (the last " and ] before {@code end}) keep the scan linear.
   */
  private static int skipLiteral(
      String f, int i, int end, int lastQuote, int lastClose, boolean brackets) {
    char ch = f.charAt(i);
    if (ch == '"' && i < lastQuote) {
      return f.indexOf('"', i + 1) + 1;
    }
    if (ch == '\\' && i + 1 < end && !isLineEnd(f.charAt(i + 1))) {
      return i + 2;
    }
    if (brackets && ch == '[' && i < lastClose) {
      return f.indexOf(']', i + 1) + 1;
    }
    return i;
  }

  /** The characters a regular expression's dot does not match. */
  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }
}
