package uk.scorecard.internal.xml;

import java.util.regex.Pattern;

/**
 * Text made safe for XML 1.0, which cannot carry most control characters even escaped: the one text
 * cleaner, for cells and notes we write and for reports. A character replaced rather than dropped,
 * so the reader can see that something was there.
 */
public final class XmlText {

  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private XmlText() {}

  /** The text with each character XML 1.0 forbids replaced by U+FFFD. */
  public static String clean(String s) {
    return NOT_XML.matcher(s).replaceAll("\uFFFD");
  }
}
