package uk.scorecard.rules;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Quoted;

/**
 * The first mistake in a JSON rules file that the parser refused, in plain English with its line
 * ("line 2: a '{' is not closed"), found by a small scan of brackets, quotes, colons and commas: an
 * officer editing a rules file by hand needs to know which bracket or comma, not the parser's
 * "Unexpected character ('"' (code 34))". Null when the scan finds nothing it can name.
 */
final class JsonMistake {

  /** What the scan expects next inside a container or at the top. */
  private enum Want {
    KEY_OR_END,
    KEY,
    COLON,
    VALUE,
    VALUE_OR_END,
    COMMA_OR_END,
    NOTHING
  }

  /** An open bracket and the line it is on. */
  private record Open(char bracket, int line) {}

  private final String text;
  private final Deque<Open> open = new ArrayDeque<>();
  private int at;
  private int line = 1;
  private Want want = Want.VALUE;
  private int closedOn;

  private JsonMistake(String text) {
    this.text = text;
  }

  /** The first mistake in the text, as {@code line N: what}, or null when none is found. */
  static @Nullable String of(String text) {
    return new JsonMistake(text).scan();
  }

  private @Nullable String scan() {
    while (true) {
      skipSpace();
      if (at >= text.length()) {
        if (!open.isEmpty()) {
          Open o = open.peek();
          return "line " + o.line() + ": a '" + o.bracket() + "' is not closed";
        }
        return want == Want.VALUE ? "line " + line + ": the file has no rules in it" : null;
      }
      char c = text.charAt(at);
      String mistake =
          c == '{' || c == '['
              ? opening(c)
              : c == '}' || c == ']'
                  ? closing(c)
                  : c == ':'
                      ? colon()
                      : c == ','
                          ? comma()
                          : c == '"'
                              ? string()
                              : c == '\''
                                  ? "line "
                                      + line
                                      + ": texts take double quotes (\"), not single ones (')"
                                  : c == '/' || c == '#'
                                      ? "line "
                                          + line
                                          + ": JSON has no comments; use a YAML rules"
                                          + " file (scorecard-rules.yaml) to keep notes beside the rules"
                                      : word();
      if (mistake != null) {
        return mistake;
      }
    }
  }

  private @Nullable String opening(char c) {
    String wrong = value("'" + c + "'");
    if (wrong != null) {
      return wrong;
    }
    open.push(new Open(c, line));
    want = c == '{' ? Want.KEY_OR_END : Want.VALUE_OR_END;
    at++;
    return null;
  }

  private @Nullable String closing(char c) {
    if (open.isEmpty()) {
      return "line " + line + ": a '" + c + "' with no '" + (c == '}' ? '{' : '[') + "' before it";
    }
    Open o = open.peek();
    char match = o.bracket() == '{' ? '}' : ']';
    if (c != match) {
      return "line "
          + line
          + ": a '"
          + c
          + "' closes the '"
          + o.bracket()
          + "' opened on line "
          + o.line()
          + " (it needs a '"
          + match
          + "')";
    }
    if (want == Want.VALUE && o.bracket() == '{') {
      return "line " + line + ": the key before the '" + c + "' has no value after its ':'";
    }
    if (want == Want.KEY || want == Want.VALUE) {
      return "line "
          + line
          + ": a ',' before the '"
          + c
          + "': remove the comma after the last"
          + " entry";
    }
    if (want == Want.COLON) {
      return "line " + line + ": a key with no ':' and value before the '" + c + "'";
    }
    open.pop();
    at++;
    closedOn = line;
    want = open.isEmpty() ? Want.NOTHING : Want.COMMA_OR_END;
    return null;
  }

  private @Nullable String colon() {
    if (want != Want.COLON) {
      return "line " + line + ": a ':' where none belongs";
    }
    want = Want.VALUE;
    at++;
    return null;
  }

  private @Nullable String comma() {
    if (want != Want.COMMA_OR_END) {
      return "line " + line + ": a ',' where none belongs";
    }
    want = open.peek().bracket() == '{' ? Want.KEY : Want.VALUE;
    at++;
    return null;
  }

  private @Nullable String string() {
    int start = at;
    int startLine = line;
    for (at++; at < text.length(); at++) {
      char c = text.charAt(at);
      if (c == '\\') {
        at++;
      } else if (c == '"') {
        at++;
        String quoted = Quoted.cap(text.substring(start, at));
        if (want == Want.KEY_OR_END || want == Want.KEY) {
          want = Want.COLON;
          return null;
        }
        return value(quoted);
      } else if (c == '\n') {
        break;
      }
    }
    return "line "
        + startLine
        + ": a '\"' is not closed (a text in quotes must end on the line it"
        + " starts)";
  }

  private @Nullable String word() {
    int start = at;
    while (at < text.length()
        && !Character.isWhitespace(text.charAt(at))
        && "{}[]:,\"".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    String w = text.substring(start, at);
    if (want == Want.KEY_OR_END || want == Want.KEY) {
      return "line "
          + line
          + ": the key '"
          + Quoted.cap(w)
          + "' needs double quotes: \""
          + Quoted.cap(w)
          + "\"";
    }
    if (!w.matches("true|false|null|-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
      String wrong = value("'" + Quoted.cap(w) + "'");
      return wrong != null
          ? wrong
          : "line "
              + line
              + ": the value '"
              + Quoted.cap(w)
              + "' needs double quotes: \""
              + Quoted.cap(w)
              + "\"";
    }
    return value("'" + w + "'");
  }

  /** Takes a value here, or says why one cannot stand here. */
  private @Nullable String value(String what) {
    switch (want) {
      case VALUE, VALUE_OR_END -> {
        want = open.isEmpty() ? Want.NOTHING : Want.COMMA_OR_END;
        return null;
      }
      case COMMA_OR_END -> {
        return "line " + line + ": a ',' is missing before " + what;
      }
      case COLON -> {
        return "line " + line + ": a ':' is missing before " + what;
      }
      case NOTHING -> {
        return "line "
            + line
            + ": "
            + what
            + " comes after the end of the rules (the last"
            + " bracket closed them on line "
            + closedOn
            + ")";
      }
      default -> {
        return "line " + line + ": " + what + " where a key in double quotes belongs";
      }
    }
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      if (text.charAt(at) == '\n') {
        line++;
      }
      at++;
    }
  }
}
