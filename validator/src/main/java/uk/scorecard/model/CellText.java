package uk.scorecard.model;

/** Cell text as our messages quote it: on one line, and cut to a length fit for one. */
public final class CellText {

  /** The most characters of a cell's text a message quotes. */
  public static final int MAX = 40;

  private CellText() {}

  /** The text on one line, cut with an ellipsis past {@link #MAX} characters. */
  public static String clip(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return t.length() <= MAX ? t : t.substring(0, MAX - 1) + "…";
  }
}
