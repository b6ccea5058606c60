package uk.scorecard.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads targets and tolerances written as text: {@code 95%}, {@code 8% to 12%}, {@code 5pp}. */
public final class RuleText {

  private static final String NUM = "([-+]?\\d+(?:\\.\\d+)?)";
  private static final Pattern BAND =
      Pattern.compile(NUM + "\\s*(%?)\\s*(?:-|–|to|and)\\s*" + NUM + "\\s*(%?)");
  private static final Pattern POINT =
      Pattern.compile("(?:[<>≤≥]=?|at least|at most|min|max)?\\s*" + NUM + "\\s*(%?)");
  private static final Pattern POINTS =
      Pattern.compile(NUM + "\\s*(?:pp|ppt|ppts|points?|percentage points?)");
  private static final Pattern UNITS = Pattern.compile(NUM);
  private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*%(?:\\s*of (?:the )?target)?");

  private RuleText() {}

  /** A target from text, or null when the text is not one; percentages on the 0-100 scale. */
  public static @Nullable Target target(String text) {
    String t = clean(text);
    Matcher band = BAND.matcher(t);
    if (band.matches()) {
      BigDecimal low = WrittenNumber.parse(band.group(1));
      BigDecimal high = WrittenNumber.parse(band.group(3));
      return low == null || high == null ? null : new Target.Band(low, high);
    }
    Matcher point = POINT.matcher(t);
    BigDecimal v = point.matches() ? WrittenNumber.parse(point.group(1)) : null;
    return v == null ? null : new Target.Point(v);
  }

  /** True when a target's text was written as a percentage. */
  public static boolean writtenAsPercent(String text) {
    return text != null && text.contains("%");
  }

  /** A tolerance from text, or null when the text is not one. */
  public static @Nullable Tolerance tolerance(String text) {
    String t = clean(text);
    Matcher pp = POINTS.matcher(t);
    if (pp.matches()) {
      BigDecimal v = WrittenNumber.parse(pp.group(1));
      return v == null ? null : new Tolerance.Points(v.abs());
    }
    Matcher pct = PERCENT.matcher(t);
    if (pct.matches()) {
      BigDecimal v = WrittenNumber.parse(pct.group(1));
      return v == null ? null : new Tolerance.Relative(v.abs());
    }
    Matcher n = UNITS.matcher(t);
    BigDecimal v = n.matches() ? WrittenNumber.parse(n.group(1)) : null;
    return v == null ? null : new Tolerance.Units(v.abs());
  }

  private static final Pattern BEYOND =
      Pattern.compile("\\s*(beyond|above|below|better than|past|over|under) (the )?target$");

  /** A Blue margin from text ({@code 5% beyond target}, {@code 2pp}), or null when none. */
  public static @Nullable Tolerance blueMargin(String text) {
    return tolerance(BEYOND.matcher(clean(text)).replaceFirst(""));
  }

  private static String clean(String text) {
    return text == null
        ? ""
        : text.trim().toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replaceAll("\\s+", " ");
  }
}
