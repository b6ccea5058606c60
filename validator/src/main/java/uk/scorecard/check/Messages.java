package uk.scorecard.check;

import java.util.Locale;
import java.util.ResourceBundle;
import uk.scorecard.model.Quoted;

/**
 * The sentences of the table and workbook rules, from the same {@code ValidationMessages} bundle as
 * the row rules, with {@code {name}} parameters filled in.
 */
public final class Messages {

  private static final ResourceBundle BUNDLE =
      ResourceBundle.getBundle("ValidationMessages", Locale.ROOT);

  private Messages() {}

  /**
   * The message {@code scorecard.<key>} with each name-value pair filled in, text values capped
   * ({@link Quoted}) so a cell of 100,000 characters is quoted in a few words.
   */
  public static String format(String key, Object... namesAndValues) {
    String message = BUNDLE.getString("scorecard." + key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      message =
          message.replace(
              "{" + namesAndValues[i] + "}", String.valueOf(Quoted.cap(namesAndValues[i + 1])));
    }
    return message;
  }
}
