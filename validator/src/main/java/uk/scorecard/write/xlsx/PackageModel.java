package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.scorecard.internal.opc.PackageParts;
import uk.scorecard.internal.opc.PartNames;

/**
 * The workbook part of a package and the parts it names: which worksheet part each sheet is, the
 * workbook's relationships and styles, and new parts added to the workbook.
 */
final class PackageModel {

  final String workbookPart;
  final Document workbook;
  final Rels workbookRels;
  final Map<String, String> sheetParts = new LinkedHashMap<>();
  private boolean workbookChanged;

  private PackageModel(String workbookPart, Document workbook, Rels rels) {
    this.workbookPart = workbookPart;
    this.workbook = workbook;
    this.workbookRels = rels;
  }

  /** Reads the workbook structure, finding each part through the relationships that name it. */
  static PackageModel of(PackageParts parts) throws IOException {
    String target = Rels.of(parts.read("_rels/.rels")).target("officeDocument");
    if (target == null) {
      throw new IOException("the package names no workbook part");
    }
    String wbPart = parts.actual(PartNames.resolve("", target));
    byte[] wb = parts.read(wbPart);
    if (wb == null) {
      throw new IOException("the workbook part is missing");
    }
    PackageModel m =
        new PackageModel(wbPart, Xml.parse(wb), Rels.of(parts.read(PartNames.relsOf(wbPart))));
    Element sheets = Xml.child(m.workbook.getDocumentElement(), "sheets");
    for (Element s :
        sheets == null ? java.util.List.<Element>of() : Xml.children(sheets, "sheet")) {
      String rid =
          s.getAttributeNS(
              s.lookupNamespaceURI("r") == null ? Rels.OFFICE : s.lookupNamespaceURI("r"), "id");
      String t = rid.isEmpty() ? null : m.workbookRels.targetOfId(rid);
      if (t != null) {
        m.sheetParts.put(s.getAttribute("name"), parts.actual(PartNames.resolve(wbPart, t)));
      }
    }
    return m;
  }

  /** The styles part's entry name, or a new one when the workbook has none. */
  String stylesPart() {
    String t = workbookRels.target("styles");
    return t == null ? null : PartNames.resolve(workbookPart, t);
  }

  /** Adds a worksheet at the end of the workbook and returns its relationship id. */
  String addSheet(String name, String partName) {
    String rid = workbookRels.add("worksheet", PartNames.relative(workbookPart, partName));
    Element sheets = Xml.child(workbook.getDocumentElement(), "sheets");
    int maxId = 0;
    for (Element s : Xml.children(sheets, "sheet")) {
      maxId = Math.max(maxId, Integer.parseInt(s.getAttribute("sheetId")));
    }
    Element sheet = Xml.create(sheets, "sheet");
    sheet.setAttributeNS(null, "name", name);
    sheet.setAttributeNS(null, "sheetId", Integer.toString(maxId + 1));
    String rns = sheets.lookupNamespaceURI("r");
    sheet.setAttributeNS(rns == null ? Rels.OFFICE : rns, "r:id", rid);
    sheets.appendChild(sheet);
    sheetParts.put(name, partName);
    workbookChanged = true;
    return rid;
  }

  /** The namespace of the workbook's main elements (transitional or Strict). */
  String mainNamespace() {
    return workbook.getDocumentElement().getNamespaceURI();
  }

  /** Records that the workbook part was edited and must be written. */
  void markChanged() {
    workbookChanged = true;
  }

  boolean workbookChanged() {
    return workbookChanged;
  }
}
