package uk.scorecard.model;

import org.jspecify.annotations.Nullable;

/**
 * A RAG rating; Grey means not rated (no target, no polarity, no value or a value in error). Blue
 * (BRAG) is beyond the target by a margin a workbook defines; it is counted only where it is used.
 */
public enum Rating {
  RED("Red"),
  AMBER("Amber"),
  GREEN("Green"),
  BLUE("Blue"),
  GREY("Grey");

  private final String word;

  Rating(String word) {
    this.word = word;
  }

  /** The word written in the RAG cell. */
  public String word() {
    return word;
  }

  /** True for Blue, which reports list only when a workbook uses it. */
  public boolean onlyWhenUsed() {
    return this == BLUE;
  }

  /**
   * The direction of travel as we append it to a RAG cell when a rules file says so
   * ({@code Amber ▲ improving}): the rating is the words before it.
   */
  private static final java.util.regex.Pattern TRAVEL = java.util.regex.Pattern.compile(
      "\\s*[\u25b2\u25bc\u25ba]\\s*(improving|worsening|no change)\\s*$");

  /** The rating an officer's text names (R, Red, a, GREEN...), or null when it names none. */
  public static @Nullable Rating parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.indexOf('\u25b2') > 0 || t.indexOf('\u25bc') > 0 || t.indexOf('\u25ba') > 0) {
      t = TRAVEL.matcher(t).replaceFirst(""); // a direction we appended is no part of the rating
    }
    return switch (t) {
      case "r", "red" -> RED;
      case "a", "amber" -> AMBER;
      case "g", "green" -> GREEN;
      case "b", "blue" -> BLUE;
      case "grey", "gray", "n/a", "not rated" -> GREY;
      default -> null;
    };
  }
}
