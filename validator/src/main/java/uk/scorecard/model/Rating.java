package uk.scorecard.model;

import org.jspecify.annotations.Nullable;

/**
 * A RAG rating; Grey means not rated (no target, no polarity, no value or a value in error). Blue
 * (BRAG) is beyond the target by a margin a workbook defines; it is counted only where it is used.
 */
public enum Rating {
  RED("Red"),
  /** Five-point scale: the third of the amber tolerance farthest from the target. */
  AMBER_RED("Amber/Red"),
  AMBER("Amber"),
  /** Five-point scale: the third of the amber tolerance nearest the target. */
  AMBER_GREEN("Amber/Green"),
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

  /** True for Blue and the five-point ratings: reports list them only when a workbook uses them. */
  public boolean onlyWhenUsed() {
    return this == BLUE || fivePoint();
  }

  /** True for Amber/Green and Amber/Red, which only the five-point scale rates. */
  public boolean fivePoint() {
    return this == AMBER_GREEN || this == AMBER_RED;
  }

  /** True for the ratings a board reads first: Red, and Amber in any of its shades. */
  public boolean exception() {
    return this == RED || this == AMBER || fivePoint();
  }

  /**
   * The direction of travel as we append it to a RAG cell when a rules file says so ({@code Amber ▲
   * improving}): the rating is the words before it.
   */
  private static final java.util.regex.Pattern TRAVEL =
      java.util.regex.Pattern.compile(
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
      case "a/g", "ag", "amber/green", "amber green", "amber-green" -> AMBER_GREEN;
      case "a/r", "ar", "amber/red", "amber red", "amber-red" -> AMBER_RED;
      case "g", "green" -> GREEN;
      case "b", "blue" -> BLUE;
      case "grey", "gray", "n/a", "not rated" -> GREY;
      default -> null;
    };
  }
}
