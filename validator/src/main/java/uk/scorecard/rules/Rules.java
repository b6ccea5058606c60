package uk.scorecard.rules;

import java.util.Map;
import uk.scorecard.model.Polarity;

/**
 * Rules given outside the workbook (a rules file): a default tolerance, per-indicator polarity,
 * target and tolerance, and per-check severity overrides ("off", "error", "warning", "info").
 */
public record Rules(String defaultTolerance, Map<String, IndicatorRule> indicators,
    Map<String, String> checks) {

  /** The rules for one indicator; any part may be null. */
  public record IndicatorRule(Polarity polarity, String target, String tolerance) {}

  /** No rules file. */
  public static final Rules NONE = new Rules(null, Map.of(), Map.of());

  public Rules {
    indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
    checks = checks == null ? Map.of() : Map.copyOf(checks);
  }

  /** The rule for an indicator id, or null. */
  public IndicatorRule forIndicator(String id) {
    return id == null ? null : indicators.get(id.trim());
  }
}
