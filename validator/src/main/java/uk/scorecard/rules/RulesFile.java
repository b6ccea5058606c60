package uk.scorecard.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.scorecard.internal.validation.Validators;
import uk.scorecard.model.DirectionPlace;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Quoted;
import uk.scorecard.model.RatingScale;

/**
 * Reads a rules file (JSON, or YAML by its name) into {@link Rules}, refusing it with messages that
 * name the key when anything in it is wrong.
 */
public final class RulesFile {

  /** The names a rules file is found by beside a workbook. */
  public static final List<String> NAMES =
      List.of("scorecard-rules.json", "scorecard-rules.yaml", "scorecard-rules.yml");

  private static final long MAX_BYTES = 1_000_000;

  private RulesFile() {}

  /** Reads a rules file from disk. */
  public static Rules load(Path file) throws RulesException {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new RulesException(file + ": the rules file is larger than 1 MB");
      }
      return parse(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new RulesException(file + ": cannot read the rules file (" + e.getMessage() + ")", e);
    }
  }

  /** Reads a rules file's content; {@code name} decides YAML or JSON and appears in messages. */
  public static Rules parse(String name, byte[] content) throws RulesException {
    ObjectMapper mapper = mapper(name);
    RulesDocument doc;
    try {
      if (isYaml(name)) {
        RulesSyntax.checkLines(name, content);
      }
      RulesSyntax.check(name, mapper.getFactory(), content);
      doc = mapper.readValue(content, RulesDocument.class);
    } catch (JsonProcessingException e) {
      throw new RulesException(RulesMessages.of(name, isYaml(name), e, content));
    } catch (IOException e) {
      throw new RulesException(name + ": cannot read the rules file", e);
    }
    if (doc == null) {
      return Rules.NONE;
    }
    validate(name, doc);
    // The file's own name, however it was reached (a path, or an upload's name with any folders).
    int folder = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return toRules(doc, name.substring(folder + 1));
  }

  private static void validate(String name, RulesDocument doc) throws RulesException {
    var violations = Holder.VALIDATOR.validate(doc);
    if (!violations.isEmpty()) {
      String problems =
          violations.stream().map(RulesFile::describe).sorted().collect(Collectors.joining("; "));
      throw new RulesException(name + ": " + problems);
    }
  }

  private static String describe(ConstraintViolation<RulesDocument> v) {
    String key =
        v.getPropertyPath()
            .toString()
            .replace("<map value>", "")
            .replace("<map key>", "")
            .replaceAll("\\[(.*?)]", ".$1")
            .replace("..", ".");
    return Quoted.cap(key)
        + " "
        + v.getMessage()
        + " (was \""
        + Quoted.cap(v.getInvalidValue())
        + "\")";
  }

  private static Rules toRules(RulesDocument doc, String source) {
    Map<String, Rules.IndicatorRule> indicators = new LinkedHashMap<>();
    if (doc.indicators() != null) {
      doc.indicators()
          .forEach(
              (id, e) ->
                  indicators.put(
                      id.trim(),
                      new Rules.IndicatorRule(
                          polarity(e.polarity()), e.target(), e.tolerance(), e.blue())));
    }
    return new Rules(
        doc.defaults() == null ? null : doc.defaults().tolerance(),
        indicators,
        doc.checks(),
        doc.defaults() == null ? null : doc.defaults().blue(),
        source,
        DirectionPlace.parse(doc.direction()),
        RatingScale.parse(doc.scale()),
        doc.marking() == null ? "" : doc.marking().strip());
  }

  private static Polarity polarity(String word) {
    if (word == null) {
      return null;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "higher" -> Polarity.HIGHER_IS_BETTER;
      case "lower" -> Polarity.LOWER_IS_BETTER;
      case "range" -> Polarity.WITHIN_RANGE;
      default -> Polarity.NOT_RATED;
    };
  }

  private static ObjectMapper mapper(String name) {
    ObjectMapper m =
        isYaml(name)
            ? new ObjectMapper(
                YAMLFactory.builder().streamReadConstraints(RulesSyntax.LIMITS).build())
            : new ObjectMapper(
                JsonFactory.builder().streamReadConstraints(RulesSyntax.LIMITS).build());
    return m.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // RulesSyntax names both lines
  }

  private static boolean isYaml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** Builds the validator only when a rules file is read: most runs never need it. */
  private static final class Holder {
    static final Validator VALIDATOR =
        Validators.of(
            Set.of(
                RulesDocument.class,
                RulesDocument.Defaults.class,
                RulesDocument.IndicatorEntry.class),
            Set.of(
                jakarta.validation.Valid.class,
                jakarta.validation.constraints.NotBlank.class,
                jakarta.validation.constraints.Pattern.class));
  }
}
