package uk.scorecard.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import uk.scorecard.model.Quoted;

/**
 * Why Jackson could not read a rules file, as one short line in our words: the key path, the line,
 * and what was expected, never Jackson's own text with its Java type names, nor more than {@value
 * Quoted#MAX} characters of anything the file holds.
 */
final class RulesMessages {

  /** Jackson's text for a syntax error, kept only when it names nothing of Java's. */
  private static final Pattern JAVA = Pattern.compile("`|java|Java|jackson|Json[A-Z]|\\bclass\\b");

  private RulesMessages() {}

  /** The one-line refusal for a failure while reading the named rules file. */
  static String of(String name, boolean yaml, JsonProcessingException e, byte[] content) {
    String at = RulesSyntax.at(e.getLocation());
    if (e instanceof StreamConstraintsException c) {
      return name + ": " + RulesSyntax.limit(c) + at;
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return name
          + ": unknown key '"
          + Quoted.cap(u.getPropertyName())
          + "' in "
          + parent(u)
          + at
          + " (known: defaults, indicators, checks, direction, scale, marking; polarity,"
          + " target, tolerance, blue)";
    }
    if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
      return name
          + ": "
          + path(m.getPath())
          + at
          + " should be "
          + expected(m.getTargetType())
          + ", not "
          + found(m);
    }
    String kind = yaml ? "YAML" : "JSON";
    String text = new String(content, StandardCharsets.UTF_8);
    if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
      int line = y.getProblemMark().getLine() + 1;
      String plain = YamlMistake.of(y.getProblem(), line, text);
      // The YAML parser's first line is its context ("while parsing …"); the problem follows.
      return name
          + ": not valid YAML"
          + (plain != null ? ": " + plain : " at line " + line + reason(y.getProblem()));
    }
    String plain = yaml ? null : JsonMistake.of(text);
    if (plain != null) {
      return name + ": not valid JSON: " + plain;
    }
    if (e instanceof JsonEOFException) {
      return name + ": not valid " + kind + at + ": the file ends before the " + kind + " does";
    }
    return name + ": not valid " + kind + at + reason(e.getOriginalMessage());
  }

  /** What a part of the file should have been, by the type it binds to. */
  private static String expected(Class<?> type) {
    if (type == RulesDocument.IndicatorEntry.class) {
      return "a set of keys (polarity, target, tolerance, blue)";
    }
    if (type == RulesDocument.Defaults.class) {
      return "a set of keys (tolerance, blue)";
    }
    if (type != null && (Map.class.isAssignableFrom(type) || type.isRecord())) {
      return "a set of keys";
    }
    return type != null && List.class.isAssignableFrom(type) ? "a list" : "a single value";
  }

  /** What the file held there instead, as Jackson's message names the token it met. */
  private static String found(MismatchedInputException m) {
    String message = String.valueOf(m.getOriginalMessage());
    if (message.contains("START_OBJECT") || message.contains("from Object value")) {
      return "a set of keys";
    }
    return message.contains("START_ARRAY") || message.contains("from Array value")
        ? "a list"
        : "a single value";
  }

  /** Jackson's reason for a syntax error: its first clause, if it names nothing of Java's. */
  private static String reason(String message) {
    if (message == null) {
      return "";
    }
    String first = message.lines().findFirst().orElse("").strip();
    int cut = first.indexOf(" (");
    first = cut > 0 ? first.substring(0, cut) : first;
    return first.isEmpty() || JAVA.matcher(first).find() ? "" : ": " + Quoted.cap(first);
  }

  private static String parent(UnrecognizedPropertyException e) {
    List<JsonMappingException.Reference> p = e.getPath();
    String s = path(p.subList(0, Math.max(0, p.size() - 1)));
    return s.isEmpty() ? "the top level" : s;
  }

  private static String path(List<JsonMappingException.Reference> refs) {
    return refs.stream()
        .map(
            r -> r.getFieldName() != null ? Quoted.cap(r.getFieldName()) : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."));
  }
}
