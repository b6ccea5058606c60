package uk.scorecard.rules;

import org.jspecify.annotations.Nullable;

/**
 * The YAML parser's complaint about a rules file in plain English ("a '{' is not closed", "a tab:
 * YAML indents with spaces only"), for the mistakes people make editing one by hand; null for a
 * complaint it does not know, which is then shown as the parser gave it.
 */
final class YamlMistake {

  private YamlMistake() {}

  /**
   * The mistake as {@code line N: what}; {@code problem} is the parser's, {@code line} 1-based,
   * {@code content} the file, for the line of an unclosed bracket.
   */
  static @Nullable String of(@Nullable String problem, int line, String content) {
    if (problem == null) {
      return null;
    }
    if (problem.contains("expected ',' or '}'") || problem.contains("expected ',' or ']'")) {
      char bracket = problem.contains("'}'") ? '{' : '[';
      return "line " + opener(content, bracket, line) + ": a '" + bracket + "' is not closed";
    }
    if (problem.contains("TAB")) {
      return "line " + line + ": a tab: YAML indents with spaces only";
    }
    if (problem.contains("expected <block end>") || problem.contains("bad indentation")) {
      return "line " + line + ": its indentation does not line up with the lines above it";
    }
    if (problem.contains("found unexpected end of stream")) {
      return "line " + line + ": a quote is not closed";
    }
    if (problem.contains("mapping values are not allowed here")) {
      return "line "
          + line
          + ": a second ':' on the line: put a value that holds a colon in"
          + " quotes";
    }
    if (problem.contains("could not find expected ':'")) {
      return "line " + line + ": a key without its ':'";
    }
    return null;
  }

  /** The line of the last unclosed bracket of this kind up to the given line, or that line. */
  private static int opener(String content, char bracket, int upTo) {
    char close = bracket == '{' ? '}' : ']';
    int depth = 0;
    int found = upTo;
    String[] lines = content.split("\n", -1);
    for (int i = Math.min(upTo, lines.length) - 1; i >= 0; i--) {
      String l = lines[i];
      for (int j = l.length() - 1; j >= 0; j--) {
        if (l.charAt(j) == close) {
          depth++;
        } else if (l.charAt(j) == bracket && depth-- == 0) {
          return i + 1;
        }
      }
    }
    return found;
  }
}
