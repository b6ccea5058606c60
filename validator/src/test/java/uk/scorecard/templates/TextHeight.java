package uk.scorecard.templates;

/** Estimates how many lines wrapped text takes, so rows can be tall enough in any viewer. */
final class TextHeight {
  /** Characters of ordinary text that fit in one unit of column width (a digit's width). */
  private static final double CHARS_PER_UNIT = 1.3;

  private static final float POINTS_PER_LINE = 15f;

  private TextHeight() {}

  /** Lines that {@code text} wraps to in a column {@code width} characters wide; 1 for none. */
  static int lines(String text, int width) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    int perLine = (int) Math.floor(width * CHARS_PER_UNIT) - 1;
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += wrap(paragraph, perLine);
    }
    return lines;
  }

  /** The row height in points for the given number of lines. */
  static float points(int lines) {
    return lines * POINTS_PER_LINE + 2;
  }

  private static int wrap(String paragraph, int perLine) {
    int lines = 1;
    int used = 0;
    for (String word : paragraph.split(" ")) {
      int need = used == 0 ? word.length() : used + 1 + word.length();
      if (need > perLine && used > 0) {
        lines++;
        used = word.length();
      } else {
        used = need;
      }
    }
    return lines;
  }
}
