package uk.scorecard.model;

/**
 * Text from a workbook or a rules file as a message quotes it: at most {@value #MAX} characters,
 * cut with an ellipsis, so a finding about a cell of 100,000 characters is still one short line.
 */
public final class Quoted {

  /** The most characters of someone else's text a message quotes. */
  public static final int MAX = 80;

  private Quoted() {}

  /** The text, or its first characters and "…" when it is longer than {@value #MAX}. */
  public static String cap(String text) {
    if (text == null || text.length() <= MAX) {
      return text;
    }
    int end = MAX - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a character in two
    }
    return text.substring(0, end) + "…";
  }

  /** A value as a message shows it: text capped, anything else as it is. */
  public static Object cap(Object value) {
    return value instanceof CharSequence s ? cap(s.toString()) : value;
  }
}
