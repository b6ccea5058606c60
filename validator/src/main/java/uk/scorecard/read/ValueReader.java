package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Reading;
import uk.scorecard.model.WrittenNumber;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.read.grid.RawCell;

/** Turns a raw figure cell into a reading: a number, a legitimate marker, blank, or an error. */
final class ValueReader {

  /** Non-numbers that are legitimate in a figure cell (lower case). */
  static final Set<String> MARKERS =
      Set.of(
          "tbc",
          "tbc *",
          "tbc*",
          "-",
          "--",
          "..",
          "*",
          "c",
          "x",
          "z",
          "k",
          "u",
          ":",
          "[c]",
          "[x]",
          "[z]",
          "[k]",
          "[u]",
          "[low]",
          "n/k",
          "nk",
          "not available",
          "not yet available",
          "to follow",
          "dna",
          "nil return",
          "suppressed");

  /** A figure held elsewhere or not applicable: the indicator stands, its figure is not here. */
  private static final Pattern WITHHELD =
      Pattern.compile(
          "(?i)^(n/?a|not applicable|withheld|"
              + "confidential|not published|see\\b.*|.*\\b(part 2|part ii|exempt|confidential)\\b.*|"
              + "reported (separately|elsewhere|to\\b.*|in\\b.*)|.*\\breport(ed)? separately\\b.*)$");

  private static final Pattern LESS_THAN = Pattern.compile("[<>≤≥]\\s*\\d+");
  private static final Pattern NUMBER =
      // Each alternative has one way to match a run of digits, so a long one fails in linear time
      // (the old \\d*\\.?\\d+ tried every split of the run).
      Pattern.compile("([-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?|[-+]?(\\d+(\\.\\d+)?|\\.\\d+))\\s*(%?)");

  private static final String COUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+)";
  private static final String PERCENT = "(\\d+(?:\\.\\d+)?)\\s*%";
  private static final String OF = "\\s*(?:out of|of|/)\\s*";

  /** A count with its percentage: "9 (3.1%)". */
  private static final Pattern COUNT_PERCENT =
      Pattern.compile("(?i)" + COUNT + "\\s*\\(\\s*" + PERCENT + "\\s*\\)");

  /** A count of a denominator with its percentage: "50 out of 91, 55%", "50/91 (55%)". */
  private static final Pattern COUNT_OF_PERCENT =
      Pattern.compile(
          "(?i)" + COUNT + OF + COUNT + "\\s*(?:[,;:]\\s*|\\(\\s*|\\s+)" + PERCENT + "\\s*\\)?");

  /** A percentage with its count, and perhaps its denominator: "3.1% (9)", "55% (50/91)". */
  private static final Pattern PERCENT_COUNT =
      Pattern.compile("(?i)" + PERCENT + "\\s*\\(\\s*" + COUNT + "(?:" + OF + COUNT + ")?\\s*\\)");

  private ValueReader() {}

  /** What a figure cell holds; a null cell is blank. */
  static Reading read(RawCell c) {
    // A formula that gives an empty string (=IF(B2="","",...)) shows a blank figure.
    if (c == null || c.isEmpty() || c.kind() == RawCell.Kind.TEXT && c.text().isBlank()) {
      return Reading.BLANK;
    }
    return switch (c.kind()) {
      case NUMBER, DATE -> number(c);
      case ERROR -> new Reading.ExcelError(c.text());
      case NO_RESULT -> new Reading.NoCachedResult(c.text());
      case TEXT -> text(c.text(), c.format());
      default -> new Reading.Other(c.display());
    };
  }

  private static Reading number(RawCell c) {
    boolean pct = Numbers.isPercentFormat(c.format());
    BigDecimal v = pct ? c.number().movePointRight(2) : c.number();
    int shown = Numbers.decimalsShown(c.format());
    int decimals = shown >= 0 ? shown : Math.max(0, v.stripTrailingZeros().scale());
    return new Reading.Figure(v, decimals, pct, false);
  }

  /** A text cell: a marker, a number typed as text, or other text. */
  static Reading text(String raw, String format) {
    String t = raw.trim().replace('\u00a0', ' ');
    String lower = t.toLowerCase(Locale.ROOT);
    if (MARKERS.contains(lower) || lower.startsWith("tbc") || LESS_THAN.matcher(t).matches()) {
      return new Reading.Marker(t);
    }
    if (t.length() <= 200 && WITHHELD.matcher(t).matches()) {
      return new Reading.Withheld(t);
    }
    Matcher m = NUMBER.matcher(t);
    if (m.matches()) {
      BigDecimal v = WrittenNumber.parse(m.group(1));
      if (v == null) {
        // More digits than a spreadsheet holds: not a figure (the check says why), never parsed.
        return new Reading.Other(t);
      }
      boolean pct = !m.group(6).isEmpty();
      return new Reading.Figure(v, Math.max(0, v.scale()), pct, true);
    }
    Reading.Figure pair = t.length() <= 200 ? pair(t) : null;
    return pair != null ? pair : new Reading.Other(t);
  }

  /**
   * A count and its percentage written in one cell, as published reports write them; the figure is
   * whichever comes first, the other is kept beside it. Null when the text is not one.
   */
  private static Reading.@Nullable Figure pair(String t) {
    Matcher m = COUNT_PERCENT.matcher(t);
    if (m.matches()) {
      return countFirst(m.group(1), null, m.group(2));
    }
    m = COUNT_OF_PERCENT.matcher(t);
    if (m.matches()) {
      return countFirst(m.group(1), m.group(2), m.group(3));
    }
    m = PERCENT_COUNT.matcher(t);
    if (!m.matches()) {
      return null;
    }
    Reading.Stated s = stated(m.group(2), m.group(3), m.group(1));
    return new Reading.Figure(s.percent(), s.percentDecimals(), true, false, s);
  }

  private static Reading.Figure countFirst(String count, String of, String percent) {
    Reading.Stated s = stated(count, of, percent);
    return new Reading.Figure(s.count(), 0, false, false, s);
  }

  private static Reading.Stated stated(String count, @Nullable String of, String percent) {
    BigDecimal p = new BigDecimal(percent);
    return new Reading.Stated(
        whole(count), of == null ? null : whole(of), p, Math.max(0, p.scale()));
  }

  private static BigDecimal whole(String digits) {
    return new BigDecimal(digits.replace(",", ""));
  }
}
