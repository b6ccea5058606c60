package uk.scorecard.check;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of the table and workbook rules, from the same {@code ValidationMessages} bundle as
 * the row rules, with {@code {name}} parameters filled in.
 */
public final class Messages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);

  private Messages() {}

  /** The message {@code scorecard.<key>} with each name-value pair filled in. */
  public static String format(String key, Object... namesAndValues) {
    String message = BUNDLE.getString("scorecard." + key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      message =
          message.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
    }
    return message;
  }
}
