package uk.scorecard.fidelity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;

/** Compares defined names by scope and name; print areas are compared per sheet instead. */
final class DefinedNames {

  private DefinedNames() {}

  /**
   * Adds lost, renamed, changed and added names; names scoped to new sheets may be added freely.
   */
  static void compare(Workbook a, Workbook b, List<Difference> out) {
    Map<String, String> before = names(a);
    Map<String, String> after = names(b);
    List<String> added = new ArrayList<>(after.keySet());
    added.removeIf(key -> before.containsKey(key) || !inOriginalScope(key, a));
    before.forEach(
        (key, value) -> {
          if (after.containsKey(key)) {
            SheetFeatures.same("name " + key, "refers to", value, after.get(key), out);
            return;
          }
          String renamed =
              added.stream()
                  .filter(k -> scope(k).equals(scope(key)) && after.get(k).equals(value))
                  .findFirst()
                  .orElse(null);
          added.remove(renamed);
          out.add(
              new Difference(
                  "name " + key,
                  renamed == null ? "lost (referred to " + value + ")" : "renamed to " + renamed));
        });
    added.forEach(
        key -> out.add(new Difference("name " + key, "added, refers to " + after.get(key))));
  }

  private static String scope(String key) {
    return key.contains("!") ? key.substring(0, key.lastIndexOf('!')) : "";
  }

  private static boolean inOriginalScope(String key, Workbook original) {
    return scope(key).isEmpty() || original.getSheetIndex(scope(key)) >= 0;
  }

  /** "scope!name" (or just "name" for workbook scope) to what it refers to. */
  private static Map<String, String> names(Workbook wb) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Name n : wb.getAllNames()) {
      if (isPrintArea(n.getNameName())) {
        continue;
      }
      String key =
          n.getSheetIndex() < 0
              ? n.getNameName()
              : scopeName(wb, n.getSheetIndex()) + "!" + n.getNameName();
      out.put(key, refersTo(n) + (n.isHidden() ? " (hidden)" : ""));
    }
    return out;
  }

  /**
   * The sheet a name is scoped to; POI does not load macro sheets, so it may only have a number.
   */
  private static String scopeName(Workbook wb, int index) {
    return index < wb.getNumberOfSheets() ? wb.getSheetName(index) : "sheet #" + (index + 1);
  }

  private static boolean isPrintArea(String name) {
    return name.replaceFirst("(?i)^_xlnm\\.", "").equalsIgnoreCase("Print_Area");
  }

  private static String refersTo(Name n) {
    try {
      return n.getRefersToFormula();
    } catch (RuntimeException e) {
      return "<unreadable: " + e.getMessage() + ">";
    }
  }
}
