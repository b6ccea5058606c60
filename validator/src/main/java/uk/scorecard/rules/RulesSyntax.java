package uk.scorecard.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import uk.scorecard.model.Quoted;

/**
 * A rules file's tokens read once before it is bound, JSON and YAML alike: a key given twice in one
 * object (which binding would let the last win silently) is refused naming the key and both lines,
 * as are keys, values and nesting larger than any rules file needs. Jackson's own duplicate
 * detection names only the second line, and the YAML parser has none.
 */
final class RulesSyntax {

  /** Characters in a key: indicator ids are a few words. */
  static final int MAX_KEY = 200;

  /** Characters in a value: a target, tolerance or severity is a few words. */
  static final int MAX_VALUE = 200;

  /**
   * Characters in one line of a YAML file, checked before it is parsed: the YAML parser's time
   * grows with the square of a line's length (a 1.8 MB line took 4 s), not of a file's.
   */
  static final int MAX_YAML_LINE = 1_000;

  /** Objects and lists within each other: a rules file has three levels. */
  static final int MAX_DEPTH = 10;

  /** Limits the JSON tokenizer applies as it reads, before a long token is even held. */
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNameLength(MAX_KEY)
          .maxStringLength(MAX_VALUE)
          .maxNumberLength(MAX_VALUE)
          .maxNestingDepth(MAX_DEPTH)
          .build();

  private RulesSyntax() {}

  /** Refuses a YAML file with a line longer than {@value #MAX_YAML_LINE} characters. */
  static void checkLines(String name, byte[] content) throws RulesException {
    int line = 1;
    int length = 0;
    for (byte b : content) {
      if (b == '\n') {
        line++;
        length = 0;
      } else if ((b & 0xC0) != 0x80 && ++length > MAX_YAML_LINE) { // UTF-8: count each lead byte
        throw new RulesException(
            name + ": line " + line + " is longer than " + MAX_YAML_LINE + " characters");
      }
    }
  }

  /** Refuses the file if a key repeats or a key, value or nesting passes its limit. */
  static void check(String name, JsonFactory factory, byte[] content)
      throws RulesException, IOException {
    Deque<Map<String, Integer>> objects = new ArrayDeque<>();
    try (JsonParser p = factory.createParser(content)) {
      // Ours, not Jackson's: it names both lines, and keys that differ only in spaces clash too.
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t.isStructStart()) {
          if (p.getParsingContext().getNestingDepth() > MAX_DEPTH) {
            throw refusal(name, "it nests deeper than " + MAX_DEPTH + " levels", p);
          }
          objects.push(t == JsonToken.START_OBJECT ? new HashMap<>() : Map.of());
        } else if (t.isStructEnd()) {
          objects.pop();
        } else if (t == JsonToken.FIELD_NAME) {
          key(name, p, objects.peek());
        } else if (t.isScalarValue() && p.getTextLength() > MAX_VALUE) {
          throw refusal(name, "a value longer than " + MAX_VALUE + " characters", p);
        }
      }
    }
  }

  private static void key(String name, JsonParser p, Map<String, Integer> keys)
      throws RulesException, IOException {
    String key = p.currentName();
    if (key.length() > MAX_KEY) {
      throw refusal(name, "a key longer than " + MAX_KEY + " characters", p);
    }
    int line = line(p.currentTokenLocation());
    Integer first = keys.putIfAbsent(key.strip(), line);
    if (first != null) {
      throw new RulesException(
          name
              + ": the key '"
              + Quoted.cap(key.strip())
              + "' appears twice "
              + where(p.getParsingContext().getParent())
              + " (lines "
              + first
              + " and "
              + line
              + "): keep one of them");
    }
  }

  /** Where an object sits, for people: "in indicators", or "at the top level". */
  private static String where(JsonStreamContext object) {
    StringBuilder path = new StringBuilder();
    for (JsonPointer p = object.pathAsPointer(); !p.matches(); p = p.tail()) {
      String step =
          p.mayMatchProperty() ? p.getMatchingProperty() : "[" + p.getMatchingIndex() + "]";
      path.append(path.length() > 0 ? "." : "").append(Quoted.cap(step));
    }
    return path.length() == 0 ? "at the top level" : "in " + path;
  }

  private static RulesException refusal(String name, String what, JsonParser p) {
    return new RulesException(name + ": " + what + at(p.currentTokenLocation()));
  }

  /** The line of a location, or 0 when unknown. */
  static int line(JsonLocation l) {
    return l == null ? 0 : Math.max(0, l.getLineNr());
  }

  /** " at line N", or nothing when the line is unknown. */
  static String at(JsonLocation l) {
    int line = line(l);
    return line > 0 ? " at line " + line : "";
  }

  /** A limit the tokenizer met, in our words: which kind of token was too long. */
  static String limit(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Name")) {
      return "a key longer than " + MAX_KEY + " characters";
    }
    if (m.startsWith("Number")) {
      return "a number longer than " + MAX_VALUE + " characters";
    }
    if (m.contains("nesting") || m.contains("Depth")) {
      return "it nests deeper than " + MAX_DEPTH + " levels";
    }
    return "a value longer than " + MAX_VALUE + " characters";
  }
}
