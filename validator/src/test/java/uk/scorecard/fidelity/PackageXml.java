package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads the package's bookkeeping XML: relationships, content types and the sheet list. */
final class PackageXml {
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private PackageXml() {}

  /**
   * What a part allowed to change lost: relationships, content types, the workbook's sheet list.
   */
  static List<Difference> lostEntries(String part, byte[] before, byte[] after) {
    if (part.equals("xl/workbook.xml")) {
      return lost(part, "sheet", entries(before, "sheet"), entries(after, "sheet"));
    }
    if (part.endsWith(".rels")) {
      return lost(
          part, "relationship", entries(before, "Relationship"), entries(after, "Relationship"));
    }
    if (part.equals("[Content_Types].xml")) {
      List<Difference> out =
          new ArrayList<>(
              lost(
                  part,
                  "default content type",
                  entries(before, "Default"),
                  entries(after, "Default")));
      out.addAll(lost(part, "override", entries(before, "Override"), entries(after, "Override")));
      return out;
    }
    return List.of();
  }

  /** The part name of the sheet called sheetName, through workbook.xml and its relationships. */
  static String sheetPart(Map<String, byte[]> parts, String sheetName) {
    byte[] workbook = parts.get("xl/workbook.xml");
    byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
    if (workbook == null || rels == null) {
      throw new IllegalArgumentException("no xl/workbook.xml or its relationships");
    }
    NodeList sheets = parse(workbook).getElementsByTagNameNS("*", "sheet");
    for (int i = 0; i < sheets.getLength(); i++) {
      Element sheet = (Element) sheets.item(i);
      if (sheet.getAttribute("name").equals(sheetName)) {
        return storedName(parts, target(rels, sheet.getAttributeNS(REL_NS, "id")));
      }
    }
    throw new IllegalArgumentException("no sheet called " + sheetName);
  }

  /**
   * The parts a source part names in its relationships by type ({@code comments}, {@code
   * vmlDrawing}), resolved as the packaging rules say: absolute, or relative to the source.
   */
  static List<String> related(Map<String, byte[]> parts, String sourcePart, String typeSuffix) {
    int slash = sourcePart.lastIndexOf('/');
    byte[] rels =
        parts.get(
            sourcePart.substring(0, slash + 1)
                + "_rels/"
                + sourcePart.substring(slash + 1)
                + ".rels");
    List<String> out = new ArrayList<>();
    if (rels == null) {
      return out;
    }
    NodeList list = parse(rels).getElementsByTagNameNS("*", "Relationship");
    for (int i = 0; i < list.getLength(); i++) {
      Element rel = (Element) list.item(i);
      if (rel.getAttribute("Type").endsWith("/" + typeSuffix)
          && !"External".equals(rel.getAttribute("TargetMode"))) {
        String path =
            java.net
                .URI
                .create("/" + sourcePart)
                .resolve(rel.getAttribute("Target"))
                .getPath()
                .substring(1);
        parts.keySet().stream().filter(k -> k.equalsIgnoreCase(path)).forEach(out::add);
      }
    }
    return out;
  }

  private static String target(byte[] rels, String id) {
    NodeList list = parse(rels).getElementsByTagNameNS("*", "Relationship");
    for (int i = 0; i < list.getLength(); i++) {
      Element rel = (Element) list.item(i);
      if (rel.getAttribute("Id").equals(id)) {
        return resolve("xl/workbook.xml", rel.getAttribute("Target"));
      }
    }
    throw new IllegalArgumentException("no relationship " + id + " in workbook.xml.rels");
  }

  /**
   * A relationship's target as a part name without the leading slash: absolute when it starts with
   * '/', otherwise relative to the source part's folder, with '.' and '..' worked out.
   */
  static String resolve(String source, String target) {
    String path =
        target.startsWith("/")
            ? target.substring(1)
            : source.substring(0, source.lastIndexOf('/') + 1) + target;
    Deque<String> names = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        names.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        names.addLast(segment);
      }
    }
    return String.join("/", names);
  }

  /** The name a part is stored under, matching ignoring case, or the name itself when absent. */
  static String storedName(Map<String, byte[]> parts, String name) {
    return parts.keySet().stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
  }

  private static List<Difference> lost(
      String part, String kind, Map<String, String> before, Map<String, String> after) {
    List<Difference> out = new ArrayList<>();
    before.forEach(
        (key, value) -> {
          String now = after.get(key);
          if (now == null) {
            out.add(new Difference(part, kind + " " + key + " lost (" + value + ")"));
          } else if (!now.equals(value)) {
            out.add(new Difference(part, kind + " " + key + " changed: " + value + " -> " + now));
          }
        });
    return out;
  }

  /**
   * Elements by their key attribute (Id, Extension, name or PartName) to the rest of their
   * attributes.
   */
  private static Map<String, String> entries(byte[] xml, String element) {
    Map<String, String> out = new LinkedHashMap<>();
    NodeList list = parse(xml).getElementsByTagNameNS("*", element);
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      switch (element) {
        case "Relationship" ->
            out.put(
                e.getAttribute("Id"),
                e.getAttribute("Type")
                    + " "
                    + e.getAttribute("Target")
                    + " "
                    + e.getAttribute("TargetMode"));
        case "Default" ->
            out.put(e.getAttribute("Extension").toLowerCase(), e.getAttribute("ContentType"));
        case "sheet" ->
            out.put(
                e.getAttribute("name"),
                "sheetId "
                    + e.getAttribute("sheetId")
                    + " "
                    + e.getAttributeNS(REL_NS, "id")
                    + " "
                    + e.getAttribute("state"));
        default -> out.put(e.getAttribute("PartName"), e.getAttribute("ContentType"));
      }
    }
    return out;
  }

  private static org.w3c.dom.Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalArgumentException("unparseable XML: " + e.getMessage(), e);
    }
  }
}
