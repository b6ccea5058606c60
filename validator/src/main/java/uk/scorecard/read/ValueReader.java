package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.scorecard.model.Reading;
import uk.scorecard.model.WrittenNumber;

/** Turns a raw figure cell into a reading: a number, a legitimate marker, blank, or an error. */
final class ValueReader {

  /** Non-numbers that are legitimate in a figure cell (lower case). */
  static final Set<String> MARKERS = Set.of("tbc", "tbc *", "tbc*", "-", "--", "..",
      "*", "c", "x", "z", "k", "u", ":", "[c]", "[x]", "[z]", "[k]", "[u]", "[low]", "n/k", "nk",
      "not available", "not yet available", "to follow", "dna", "nil return", "suppressed");

  /** A figure held elsewhere or not applicable: the indicator stands, its figure is not here. */
  private static final Pattern WITHHELD = Pattern.compile("(?i)^(n/?a|not applicable|withheld|"
      + "confidential|not published|see\\b.*|.*\\b(part 2|part ii|exempt|confidential)\\b.*|"
      + "reported (separately|elsewhere|to\\b.*|in\\b.*)|.*\\breport(ed)? separately\\b.*)$");
  private static final Pattern LESS_THAN = Pattern.compile("[<>≤≥]\\s*\\d+");
  private static final Pattern NUMBER =
      // Each alternative has one way to match a run of digits, so a long one fails in linear time
      // (the old \\d*\\.?\\d+ tried every split of the run).
      Pattern.compile("([-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?|[-+]?(\\d+(\\.\\d+)?|\\.\\d+))\\s*(%?)");

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
    return new Reading.Other(t);
  }
}
