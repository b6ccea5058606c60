package uk.scorecard.model;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Which direction is better for an indicator. */
public enum Polarity {
  HIGHER_IS_BETTER("Higher is better"),
  LOWER_IS_BETTER("Lower is better"),
  WITHIN_RANGE("Within range"),
  NOT_RATED("Not rated");

  private final String label;

  Polarity(String label) {
    this.label = label;
  }

  /** The wording used in our template's dropdown. */
  public String label() {
    return label;
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The polarity that an officer's wording names, or null when it names none. */
  public static @Nullable Polarity parse(String text) {
    if (text == null) {
      return null;
    }
    String t = SPACES.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
    return switch (t) {
      case "higher is better",
          "higher",
          "high",
          "h",
          "bigger is better",
          "increase",
          "up",
          "a high value is good",
          "high is good",
          "higher is good" ->
          HIGHER_IS_BETTER;
      case "lower is better",
          "lower",
          "low",
          "l",
          "smaller is better",
          "decrease",
          "down",
          "a low value is good",
          "low is good",
          "lower is good" ->
          LOWER_IS_BETTER;
      case "within range", "range", "in range", "t", "close to target", "band" -> WITHIN_RANGE;
      case "not rated", "none", "neutral", "n/a", "context", "-" -> NOT_RATED;
      default -> null;
    };
  }
}
