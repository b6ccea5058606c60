package uk.scorecard.write.xlsx;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.RulesSheet;

/**
 * Where the Rules sheet goes (rate --live): over our own from an earlier run, found by its hidden
 * marker name whatever it is called now, or a new sheet whose name no officer's sheet has taken
 * (Excel compares sheet names ignoring case). An officer's own sheet called Rules is never ours.
 */
record RulesPlacement(String name, @Nullable String part) {

  static RulesPlacement find(PackageModel model) {
    String marked = ChecksMarker.markedSheet(model, Marks.RULES_NAME);
    if (marked != null && model.sheetParts.containsKey(marked)) {
      return new RulesPlacement(marked, model.sheetParts.get(marked));
    }
    for (String n : new String[] {RulesSheet.SHEET_NAME, RulesSheet.OTHER_NAME}) {
      if (!taken(model, n)) {
        return new RulesPlacement(n, null);
      }
    }
    int i = 2;
    while (taken(model, RulesSheet.OTHER_NAME + " " + i)) {
      i++;
    }
    return new RulesPlacement(RulesSheet.OTHER_NAME + " " + i, null);
  }

  /** True when a part of the package is our Rules sheet, by its marker. */
  static boolean wasOurs(PackageModel model, String part) {
    String marked = ChecksMarker.markedSheet(model, Marks.RULES_NAME);
    String markedPart = marked == null ? null : model.sheetParts.get(marked);
    return part.equalsIgnoreCase(markedPart);
  }

  private static boolean taken(PackageModel model, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return model.sheetParts.keySet().stream()
        .anyMatch(s -> s.toLowerCase(Locale.ROOT).equals(lower));
  }
}
