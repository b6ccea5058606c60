package uk.scorecard.report;

/**
 * Workbook text made safe for Markdown: the characters that would start a link, emphasis, a heading
 * or HTML are escaped, and the text is kept on one line, so a pasted block says only what the
 * figures say.
 */
final class Markdown {

  private Markdown() {}

  /** The text escaped for a Markdown line. */
  static String escape(String text) {
    String t = TerminalText.line(text == null ? "" : text);
    StringBuilder sb = new StringBuilder(t.length());
    for (char ch : t.toCharArray()) {
      if ("\\`*_{}[]<>#|~".indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.toString();
  }
}
