package uk.scorecard.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Pattern;

/** Exact decimals from stored cell text, cleaned of binary floating-point noise. */
final class Numbers {

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
  static BigDecimal parse(String stored) {
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

  /** A double from a legacy workbook, by its shortest decimal form. */
  static BigDecimal of(double d) {
    return clean(new BigDecimal(Double.toString(d)));
  }

  private static BigDecimal clean(BigDecimal b) {
    BigDecimal r = b.round(EXCEL).stripTrailingZeros();
    return r.scale() < 0 ? r.setScale(0) : r;
  }

  // Compiled once: these run for every cell with a number format.
  private static final Pattern FORMAT_LITERALS =
      Pattern.compile("\"[^\"]*\"|\\\\.");
  private static final Pattern FORMAT_LITERALS_AND_BRACKETS =
      Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");

  /** The decimal places a number format shows ({@code 0.0%} shows 1), or -1 for General. */
  static int decimalsShown(String format) {
    if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
      return -1;
    }
    int semi = format.indexOf(';');
    String section = FORMAT_LITERALS_AND_BRACKETS.matcher(semi < 0 ? format
        : format.substring(0, semi)).replaceAll("");
    int dot = section.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int n = 0;
    for (int i = dot + 1; i < section.length(); i++) {
      char ch = section.charAt(i);
      if (ch == '0' || ch == '#' || ch == '?') {
        n++;
      } else if (ch != ',') {
        break;
      }
    }
    return n;
  }

  /** True when a number format shows a percentage. */
  static boolean isPercentFormat(String format) {
    return format != null && format.indexOf('%') >= 0
        && FORMAT_LITERALS.matcher(format).replaceAll("").contains("%");
  }
}
