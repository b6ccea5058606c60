package uk.scorecard.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import uk.scorecard.model.Polarity;
import uk.scorecard.rules.Rules;

/**
 * The one place the service turns an uploaded rules file into {@link Rules}. Until the library's
 * {@code uk.scorecard.rules.RulesFile.parse(name, bytes)} lands this reads a small YAML/JSON form
 * itself ({@code tolerance}, {@code indicators: {ID: {polarity, target, tolerance}}},
 * {@code checks: {code: off|error|warning|info}}); then {@link #parse} becomes one call to it.
 */
public final class RulesAdapter {
  private RulesAdapter() {}

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Set<String> TOP = Set.of("tolerance", "indicators", "checks");
  private static final Set<String> PER_INDICATOR = Set.of("polarity", "target", "tolerance");
  private static final Set<String> LEVELS = Set.of("off", "error", "warning", "info");

  /** The rules in the file, or a 400 whose message names the bad key or line. */
  public static Rules parse(String name, byte[] content) throws ServiceException {
    JsonNode root;
    try {
      root = YAML.readTree(content);
    } catch (Exception e) {
      throw bad("is not valid YAML or JSON" + where(e));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return Rules.NONE;
    }
    if (!root.isObject()) {
      throw bad("must be a set of keys (tolerance, indicators, checks)");
    }
    unknown(root, TOP, "");
    Map<String, Rules.IndicatorRule> indicators = new HashMap<>();
    JsonNode ind = root.path("indicators");
    if (!ind.isMissingNode() && !ind.isObject()) {
      throw bad("key 'indicators' must map indicator ids to their rules");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = ind.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode rule = e.getValue();
      String at = "indicators." + e.getKey();
      if (!rule.isObject()) {
        throw bad("key '" + at + "' must have polarity, target or tolerance");
      }
      unknown(rule, PER_INDICATOR, at + ".");
      Polarity polarity = null;
      if (rule.hasNonNull("polarity")) {
        polarity = Polarity.parse(rule.get("polarity").asText());
        if (polarity == null) {
          throw bad("key '" + at + ".polarity' has '" + rule.get("polarity").asText()
              + "'; use higher is better, lower is better, within range or not rated");
        }
      }
      indicators.put(e.getKey().trim(), new Rules.IndicatorRule(polarity,
          text(rule, "target"), text(rule, "tolerance")));
    }
    Map<String, String> checks = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("checks").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String level = e.getValue().asText().trim().toLowerCase(java.util.Locale.ROOT);
      if (!LEVELS.contains(level)) {
        throw bad("key 'checks." + e.getKey() + "' must be off, error, warning or info");
      }
      checks.put(e.getKey(), level);
    }
    return new Rules(text(root, "tolerance"), indicators, checks);
  }

  private static void unknown(JsonNode node, Set<String> allowed, String prefix)
      throws ServiceException {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw bad("has an unknown key '" + prefix + key + "'");
      }
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String where(Exception e) {
    if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null) {
      return " (line " + j.getLocation().getLineNr() + ")";
    }
    return "";
  }

  private static ServiceException bad(String what) {
    return ServiceException.badRequest("rules", "The rules file " + what + ".");
  }
}
