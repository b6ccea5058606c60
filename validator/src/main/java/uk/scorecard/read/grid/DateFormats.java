package uk.scorecard.read.grid;

import java.util.regex.Pattern;

/**
 * Whether a number format shows a date: POI's {@code DateUtil.isADateFormat}, rule for rule, but
 * without loading DateUtil, whose set-up builds a Calendar and so the JDK's calendar and locale
 * data, a large part of a short run.
 */
public final class DateFormats {

  private static final Pattern ELAPSED = Pattern.compile("^\\[([hH]+|[mM]+|[sS]+)]");
  private static final Pattern DBNUM = Pattern.compile("^\\[DBNum([123])]");
  private static final Pattern LOCALE = Pattern.compile("^\\[\\$\\-.*?]");
  private static final Pattern COLOUR = Pattern.compile("^\\[[a-zA-Z]+]");
  private static final Pattern DATE_LETTER = Pattern.compile("[yYmMdDhHsS]");
  private static final Pattern DATE_ONLY =
      Pattern.compile("^[\\[\\]yYmMdDhHsS\\-T/年月日,. :\"\\\\]+0* ?[ampAMP/]*$");

  private DateFormats() {}

  /** True when a format of this id and code shows a date or time. */
  public static boolean isDate(int id, String code) {
    if (id >= 14 && id <= 22 || id >= 45 && id <= 47) {
      return true; // Excel's built-in date and time formats
    }
    if (code == null || code.isEmpty()) {
      return false;
    }
    String fs = withoutEscapes(code);
    if (ELAPSED.matcher(fs).matches()) {
      return true;
    }
    fs = DBNUM.matcher(fs).replaceAll("");
    fs = LOCALE.matcher(fs).replaceAll("");
    fs = COLOUR.matcher(fs).replaceAll("");
    // Only the first section counts: dd/mm/yy;[Red]dd/mm/yy is a date.
    int section = fs.indexOf(';');
    if (0 < section && section < fs.length() - 1) {
      fs = fs.substring(0, section);
    }
    return DATE_LETTER.matcher(fs).find() && DATE_ONLY.matcher(fs).matches();
  }

  /** Drops the backslash before an escaped separator, and a text section ({@code ;@}). */
  private static String withoutEscapes(String code) {
    StringBuilder sb = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (i < code.length() - 1) {
        char next = code.charAt(i + 1);
        if (c == '\\' && " ,-.\\".indexOf(next) >= 0) {
          continue;
        }
        if (c == ';' && next == '@') {
          i++;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
