package uk.scorecard.read.xlsx;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.RulesSheetWords;

/** Finds our Rules sheet by its hidden defined name, as either package reader meets the names. */
final class RulesMark {

  private RulesMark() {}

  /**
   * The tab a defined name is scoped to when it is our Rules sheet's mark, else null; {@code
   * localSheetId} indexes every tab of the workbook in order.
   */
  static @Nullable String scoped(
      @Nullable String name, @Nullable String localSheetId, List<String> tabs) {
    if (!RulesSheetWords.MARK.equals(name) || localSheetId == null) {
      return null;
    }
    try {
      int i = Integer.parseInt(localSheetId.trim());
      return i >= 0 && i < tabs.size() ? tabs.get(i) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
