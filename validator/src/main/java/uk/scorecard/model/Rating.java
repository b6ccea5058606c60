package uk.scorecard.model;

import org.jspecify.annotations.Nullable;

/**
 * A RAG rating; Grey means not rated (no target, no polarity or no value). Blue (BRAG) is beyond
 * the target by a margin a workbook defines; it is counted only where it is used.
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

  /** The rating an officer's text names (R, Red, a, GREEN...), or null when it names none. */
  public static @Nullable Rating parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
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
