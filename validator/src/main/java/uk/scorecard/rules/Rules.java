package uk.scorecard.rules;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.DirectionPlace;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.RatingScale;

/**
 * Rules given outside the workbook (a rules file): a default tolerance and Blue margin,
 * per-indicator polarity, target, tolerance and Blue margin, per-check severity overrides ("off",
 * "error", "warning", "info"), the name of the file they came from ({@code source}, empty when
 * none), for findings about the rules themselves, where the rated workbook shows the direction of
 * travel, the scale it is rated on, and the protective marking the printed Checks sheet carries
 * (such as {@code OFFICIAL-SENSITIVE}; empty when none).
 */
public record Rules(
    String defaultTolerance,
    Map<String, IndicatorRule> indicators,
    Map<String, String> checks,
    String defaultBlue,
    String source,
    DirectionPlace direction,
    RatingScale scale,
    String marking) {

  /** The rules for one indicator; any part may be null. */
  public record IndicatorRule(Polarity polarity, String target, String tolerance, String blue) {

    /** A rule with no Blue margin. */
    public IndicatorRule(Polarity polarity, String target, String tolerance) {
      this(polarity, target, tolerance, null);
    }
  }

  /** Rules with no protective marking. */
  public Rules(
      String defaultTolerance,
      Map<String, IndicatorRule> indicators,
      Map<String, String> checks,
      String defaultBlue,
      String source,
      DirectionPlace direction,
      RatingScale scale) {
    this(defaultTolerance, indicators, checks, defaultBlue, source, direction, scale, "");
  }

  /** Rules with no name to give in findings. */
  public Rules(
      String defaultTolerance,
      Map<String, IndicatorRule> indicators,
      Map<String, String> checks,
      String defaultBlue) {
    this(defaultTolerance, indicators, checks, defaultBlue, "");
  }

  /** Rules with the direction of travel in its own column, on the RAG scale. */
  public Rules(
      String defaultTolerance,
      Map<String, IndicatorRule> indicators,
      Map<String, String> checks,
      String defaultBlue,
      String source) {
    this(
        defaultTolerance,
        indicators,
        checks,
        defaultBlue,
        source,
        DirectionPlace.COLUMN,
        RatingScale.RAG);
  }

  /** Rules with no Blue margin. */
  public Rules(
      String defaultTolerance, Map<String, IndicatorRule> indicators, Map<String, String> checks) {
    this(defaultTolerance, indicators, checks, null);
  }

  // Compiled once: String.replaceAll compiles its pattern on every call, and this runs per row.
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  /** No rules file. */
  public static final Rules NONE = new Rules(null, Map.of(), Map.of());

  public Rules {
    indicators = indicators == null ? Map.of() : Map.copyOf(indicators);
    checks = checks == null ? Map.of() : Map.copyOf(checks);
    direction = direction == null ? DirectionPlace.COLUMN : direction;
    scale = scale == null ? RatingScale.RAG : scale;
    source = source == null ? "" : source;
    marking = marking == null ? "" : marking;
  }

  /** The rules file's name for people: "rules.yaml", or "the rules file" when unnamed. */
  public String named() {
    return source.isEmpty() ? "the rules file" : source;
  }

  /**
   * The indicator ids the rules name that match none of these ids (as {@link #forIndicator} matches
   * them), in the rules' order: an entry for an indicator the workbook does not have is usually a
   * typing slip, and its rule silently applies to nothing.
   */
  public List<String> unknownIds(Collection<String> workbookIds) {
    Set<String> keys = new HashSet<>();
    workbookIds.stream().filter(Objects::nonNull).forEach(id -> keys.add(key(id)));
    return indicators.keySet().stream().filter(id -> !keys.contains(key(id))).sorted().toList();
  }

  /**
   * The rule for an indicator id, or null. Ids match exactly first, then ignoring case and spacing,
   * because officers type "FD 8", "FD8" and "fd 8" for the same indicator.
   */
  public @Nullable IndicatorRule forIndicator(String id) {
    if (id == null) {
      return null;
    }
    IndicatorRule exact = indicators.get(id.trim());
    if (exact != null) {
      return exact;
    }
    String key = key(id);
    return indicators.entrySet().stream()
        .filter(e -> key(e.getKey()).equals(key))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }

  private static String key(String id) {
    return SPACES.matcher(id).replaceAll("").toLowerCase(java.util.Locale.ROOT);
  }
}
