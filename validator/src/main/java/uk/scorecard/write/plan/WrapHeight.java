package uk.scorecard.write.plan;

/**
 * How tall a row must be to show wrapped text: LibreOffice (and Excel for a row with a set height)
 * does not grow a row on opening, so a long caveat would be cut off.
 */
public final class WrapHeight {

  /** Points per line of 11-point text. */
  public static final double LINE = 15;

  private WrapHeight() {}

  /** Lines that text takes in a column this many characters wide, counting its own breaks. */
  public static int lines(String text, double widthChars) {
    double perLine = Math.max(1, widthChars * 1.1);
    int n = 0;
    for (String part : text.split("\\R", -1)) {
      n += Math.max(1, (int) Math.ceil(part.length() / perLine));
    }
    return n;
  }

  /** The height in points for that many lines. */
  public static double points(int lines) {
    return lines * LINE;
  }

}
