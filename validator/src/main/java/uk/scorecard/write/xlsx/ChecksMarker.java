package uk.scorecard.write.xlsx;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import uk.scorecard.write.plan.Marks;

/**
 * Marks our Checks sheet (and our Rules sheet, by another name) with a hidden defined name scoped
 * to it, so a later run finds it even after Excel re-saves the file (moving its text to shared
 * strings) or the officer renames it.
 */
final class ChecksMarker {

  /** The hidden name; Excel keeps it with the sheet and drops it if the sheet is deleted. */
  static final String NAME = Marks.CHECKS_NAME;

  /** Workbook elements the schema puts after {@code definedNames}. */
  private static final List<String> AFTER_NAMES =
      List.of(
          "calcPr",
          "oleSize",
          "customWorkbookViews",
          "pivotCaches",
          "smartTagPr",
          "smartTagTypes",
          "webPublishing",
          "fileRecoveryPr",
          "webPublishObjects",
          "extLst");

  private ChecksMarker() {}

  /** The name of the sheet our marker is scoped to, or null when no sheet carries it. */
  static @Nullable String markedSheet(PackageModel model) {
    return markedSheet(model, NAME);
  }

  /** The name of the sheet a marker of this name is scoped to, or null when none. */
  static @Nullable String markedSheet(PackageModel model, String marker) {
    Element names = Xml.child(model.workbook.getDocumentElement(), "definedNames");
    if (names == null) {
      return null;
    }
    List<Element> sheets = sheets(model);
    for (Element n : Xml.children(names, "definedName")) {
      if (marker.equals(n.getAttribute("name"))) {
        try {
          int i = Integer.parseInt(n.getAttribute("localSheetId"));
          return i >= 0 && i < sheets.size() ? sheets.get(i).getAttribute("name") : null;
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** Adds the marker to the named sheet unless it already carries it. */
  static void mark(PackageModel model, String sheetName) {
    mark(model, NAME, sheetName);
  }

  /** Adds a marker of this name to the named sheet unless it already carries it. */
  static void mark(PackageModel model, String marker, String sheetName) {
    if (sheetName.equals(markedSheet(model, marker))) {
      return;
    }
    List<Element> sheets = sheets(model);
    int index = 0;
    while (index < sheets.size() && !sheets.get(index).getAttribute("name").equals(sheetName)) {
      index++;
    }
    Element root = model.workbook.getDocumentElement();
    Element names = Xml.ensureChild(root, "definedNames", AFTER_NAMES);
    // A stale marker (its sheet gone or moved out of range) goes: a name may appear once per scope.
    for (Element old : Xml.children(names, "definedName")) {
      if (marker.equals(old.getAttribute("name"))) {
        names.removeChild(old);
      }
    }
    Element n = Xml.create(names, "definedName");
    n.setAttributeNS(null, "name", marker);
    n.setAttributeNS(null, "localSheetId", Integer.toString(index));
    n.setAttributeNS(null, "hidden", "1");
    n.setTextContent("'" + sheetName.replace("'", "''") + "'!$A$1");
    names.appendChild(n);
    model.markChanged();
  }

  private static List<Element> sheets(PackageModel model) {
    Element sheets = Xml.child(model.workbook.getDocumentElement(), "sheets");
    return sheets == null ? List.of() : Xml.children(sheets, "sheet");
  }
}
