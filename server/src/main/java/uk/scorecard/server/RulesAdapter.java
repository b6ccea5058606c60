package uk.scorecard.server;

import uk.scorecard.rules.Rules;
import uk.scorecard.rules.RulesException;
import uk.scorecard.rules.RulesFile;

/**
 * The one place the service turns an uploaded rules file into {@link Rules}: the library's reader.
 */
public final class RulesAdapter {
  private RulesAdapter() {}

  /**
   * The rules in the file (YAML when the name ends .yaml/.yml, else JSON), or a 400 whose message
   * is the library's, naming the bad key or line.
   */
  public static Rules parse(String name, byte[] content) throws ServiceException {
    try {
      return RulesFile.parse(name, content);
    } catch (RulesException e) {
      throw ServiceException.badRequest(
          "rules", Refusals.sentence("The rules file cannot be used: " + e.getMessage()));
    }
  }
}
