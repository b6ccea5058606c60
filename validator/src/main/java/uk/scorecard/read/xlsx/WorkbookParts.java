package uk.scorecard.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.scorecard.internal.opc.PartNames;
import uk.scorecard.internal.xml.SafeXml;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.read.container.PackageZip;

/**
 * Where an ordinary transitional workbook keeps its parts: the sheets in tab order, the shared
 * strings, the styles, the core properties and the sheet our Rules sheet's hidden name is scoped to
 * (null when absent). Anything out of the ordinary is {@code null}, so POI's full package reader
 * takes over and gives its reason.
 */
record WorkbookParts(
    Format format,
    boolean date1904,
    List<Sheet> sheets,
    @Nullable String sharedStrings,
    @Nullable String styles,
    @Nullable String core,
    @Nullable String rulesSheet) {

  /** A worksheet (or chart sheet) tab and its part. */
  record Sheet(String name, String part) {}

  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/" + "relationships/";
  private static final String CORE =
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final XMLInputFactory XML = SafeXml.stax();

  /** Every kind of tab POI's reader lists: worksheets, chart, macro and dialog sheets. */
  private static final java.util.regex.Pattern SHEET_TYPES =
      java.util.regex.Pattern.compile(
          "/(worksheet|chartsheet|xlMacrosheet|xlIntlMacrosheet|dialogsheet)$");

  /** The parts, or null when the package is not an ordinary xlsx/xlsm/xltx. */
  static @Nullable WorkbookParts of(PackageZip zip) throws IOException, XMLStreamException {
    Map<String, String> packageRels = rels(zip, "_rels/.rels", "");
    String named = packageRels.get(REL + "officeDocument");
    String main = named == null ? null : zip.actual(named);
    if (main == null || !zip.has(main) || !zip.has("[Content_Types].xml")) {
      return null;
    }
    Format format = format(contentType(zip, main));
    if (format == null) {
      return null;
    }
    Map<String, String> byId = new HashMap<>();
    Map<String, String> byType = new HashMap<>();
    String relsName = PartNames.relsOf(main);
    each(
        zip,
        relsName,
        r -> {
          if (r.getLocalName().equals("Relationship")
              && !"External".equals(attr(r, "TargetMode"))) {
            String target = zip.actual(PartNames.resolve(main, attr(r, "Target")));
            byId.put(attr(r, "Id"), target + "\n" + attr(r, "Type"));
            byType.putIfAbsent(attr(r, "Type"), target);
          }
        });
    boolean[] date1904 = {false};
    List<Sheet> sheets = new ArrayList<>();
    List<String> tabs = new ArrayList<>();
    String[] rules = {null};
    boolean[] ordinary = {true};
    each(
        zip,
        main,
        r -> {
          String name = r.getLocalName();
          if (name.equals("workbook")) {
            ordinary[0] = MAIN.equals(r.getNamespaceURI());
          } else if (name.equals("workbookPr")) {
            String d = attr(r, "date1904");
            date1904[0] = "1".equals(d) || "true".equals(d);
          } else if (name.equals("definedName")) {
            rules[0] =
                rules[0] != null
                    ? rules[0]
                    : RulesMark.scoped(attr(r, "name"), attr(r, "localSheetId"), tabs);
          } else if (name.equals("sheet")) {
            tabs.add(attr(r, "name"));
            String rel = byId.get(r.getAttributeValue(REL.substring(0, REL.length() - 1), "id"));
            if (rel != null && SHEET_TYPES.matcher(rel.substring(rel.indexOf('\n') + 1)).find()) {
              sheets.add(new Sheet(attr(r, "name"), rel.substring(0, rel.indexOf('\n'))));
            }
          }
        });
    if (!ordinary[0] || !sheets.stream().allMatch(s -> zip.has(s.part()))) {
      return null;
    }
    return new WorkbookParts(
        format,
        date1904[0],
        sheets,
        present(zip, byType.get(REL + "sharedStrings")),
        present(zip, byType.get(REL + "styles")),
        packageRels.get(CORE) == null ? null : present(zip, zip.actual(packageRels.get(CORE))),
        rules[0]);
  }

  private static Format format(String type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" ->
          Format.XLSX;
      case "application/vnd.ms-excel.sheet.macroEnabled.main+xml" -> Format.XLSM;
      case "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml" ->
          Format.XLTX;
      default -> null;
    };
  }

  private static String contentType(PackageZip zip, String part)
      throws IOException, XMLStreamException {
    String[] type = {null};
    each(
        zip,
        "[Content_Types].xml",
        r -> {
          if (r.getLocalName().equals("Override") && ("/" + part).equals(attr(r, "PartName"))) {
            type[0] = attr(r, "ContentType");
          }
        });
    return type[0];
  }

  /** Relationship type to resolved target, for the first of each type. */
  private static Map<String, String> rels(PackageZip zip, String name, String source)
      throws IOException, XMLStreamException {
    Map<String, String> out = new HashMap<>();
    if (zip.has(name)) {
      each(
          zip,
          name,
          r -> {
            if (r.getLocalName().equals("Relationship")) {
              out.putIfAbsent(attr(r, "Type"), PartNames.resolve(source, attr(r, "Target")));
            }
          });
    }
    return out;
  }

  private static String present(PackageZip zip, String part) {
    return part != null && zip.has(part) ? part : null;
  }

  private static String attr(XMLStreamReader r, String name) {
    return r.getAttributeValue(null, name);
  }

  /** Something done at each start element of a small part. */
  private interface Visit {
    void at(XMLStreamReader r);
  }

  /** Visits each start element of a small part; a DTD anywhere is not ordinary. */
  private static void each(PackageZip zip, String part, Visit visit)
      throws IOException, XMLStreamException {
    try (InputStream in = zip.open(part)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new XMLStreamException("document type declaration in " + part);
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          visit.at(r);
        }
      }
      r.close();
    }
  }
}
