package uk.scorecard.report;

/**
 * The one place workbook text (cell text, sheet names, file and part names) is made fit for a
 * terminal or a CI log, where it must not command anything: control characters (C0, DEL, C1),
 * bidirectional overrides and line separators are shown escaped ({@code \n}, {@code \u001b}), so
 * text never starts a line of its own, moves the cursor or colours the screen; and a line that
 * would begin like a CI workflow command ({@code ::error}, {@code ##[…]}, {@code ##vso[…]}) has its
 * first character shown escaped. JSON writes the same characters as JSON escapes instead ({@link
 * #escaped}), so it stays exact.
 */
public final class TerminalText {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private TerminalText() {}

  /**
   * True for a character shown escaped: C0 and C1 controls and DEL; the bidirectional marks,
   * embeddings, overrides and isolates, which can make text read in another order than it is
   * stored; and the line and paragraph separators, which some viewers break lines at.
   */
  public static boolean escaped(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** The text with every {@link #escaped} character shown as an escape; nothing else changes. */
  public static String field(String s) {
    if (s == null) {
      return "";
    }
    int i = 0;
    while (i < s.length() && !needsEscape(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!needsEscape(s, i)) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else {
        unicode(sb, c);
      }
    }
    return sb.toString();
  }

  /**
   * One whole line for a terminal or a CI log: its text as {@link #field}, and its first character
   * escaped when the line, leading spaces aside, begins as a workflow command does.
   */
  public static String line(String s) {
    String f = field(s);
    int start = 0;
    while (start < f.length() && f.charAt(start) == ' ') {
      start++;
    }
    if (f.startsWith("::", start) || f.startsWith("##", start)) {
      StringBuilder sb = new StringBuilder(f.length() + 6).append(f, 0, start);
      unicode(sb, f.charAt(start));
      return sb.append(f, start + 1, f.length()).toString();
    }
    return f;
  }

  /** True when the char at i is escaped: a listed character, or half a surrogate pair alone. */
  private static boolean needsEscape(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return escaped(c);
  }

  private static void unicode(StringBuilder sb, char c) {
    sb.append("\\u")
        .append(HEX[c >> 12])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
