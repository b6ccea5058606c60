package uk.scorecard.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an indicator's figures measure, which decides how they are checked and how change is said.
 */
public enum Unit {
  /** A percentage; held internally on the 0-100 scale. */
  PERCENT("%"),
  /** A whole number of children, cases or events. */
  COUNT("Number"),
  /** Any other measure (an average, a rate, a duration), shown at its own precision. */
  DECIMAL("Decimal");

  private final String label;

  Unit(String label) {
    this.label = label;
  }

  /** The wording used in our template's dropdown. */
  public String label() {
    return label;
  }

  /** The unit that an officer's wording names, or null when it names none. */
  public static @Nullable Unit parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("%") || t.startsWith("percent") || t.equals("pct")) {
      return PERCENT;
    }
    if (t.equals("number")
        || t.equals("count")
        || t.equals("no.")
        || t.equals("no")
        || t.startsWith("number of")) {
      return COUNT;
    }
    if (t.startsWith("decimal")
        || t.startsWith("average")
        || t.startsWith("rate")
        || t.startsWith("ratio")
        || t.equals("days")
        || t.equals("weeks")
        || t.equals("months")
        || t.startsWith("mean")
        || t.startsWith("median")) {
      return DECIMAL;
    }
    return null;
  }
}
