package uk.scorecard.write.xlsx;

import java.util.List;
import org.w3c.dom.Element;

/**
 * The lists of a styles part (fonts, fills, cell formats…). A list the part lacks is added in its
 * schema place with the default entries Excel expects first, so a sparse styles part from another
 * tool can still take our formats.
 */
final class StyleParts {

  /** The lists of a stylesheet, in schema order. */
  private static final List<String> ORDER =
      List.of(
          "numFmts",
          "fonts",
          "fills",
          "borders",
          "cellStyleXfs",
          "cellXfs",
          "cellStyles",
          "dxfs",
          "tableStyles",
          "colors",
          "extLst");

  private StyleParts() {}

  /** The named list, added with its default entries when missing or empty; null if unchanged. */
  static Element added(Element root, String name) {
    Element c = Xml.child(root, name);
    if (c != null && (name.equals("dxfs") || Xml.child(c, entry(name)) != null)) {
      return null;
    }
    if (name.equals("cellXfs")) {
      ensure(root, "fonts");
      ensure(root, "fills");
      ensure(root, "borders");
      ensure(root, "cellStyleXfs");
    }
    c = Xml.ensureChild(root, name, ORDER.subList(ORDER.indexOf(name) + 1, ORDER.size()));
    switch (name) {
      case "fonts" -> {
        Element f = add(c, "font");
        add(f, "sz").setAttributeNS(null, "val", "11");
        add(f, "name").setAttributeNS(null, "val", "Calibri");
      }
      case "fills" -> {
        add(add(c, "fill"), "patternFill").setAttributeNS(null, "patternType", "none");
        add(add(c, "fill"), "patternFill").setAttributeNS(null, "patternType", "gray125");
      }
      case "borders" -> {
        Element b = add(c, "border");
        for (String side : List.of("left", "right", "top", "bottom", "diagonal")) {
          add(b, side);
        }
      }
      case "cellStyleXfs", "cellXfs" -> {
        Element xf = add(c, "xf");
        for (String a : List.of("numFmtId", "fontId", "fillId", "borderId")) {
          xf.setAttributeNS(null, a, "0");
        }
        if (name.equals("cellXfs")) {
          xf.setAttributeNS(null, "xfId", "0");
        }
      }
      default -> {}
    }
    c.setAttributeNS(null, "count", Integer.toString(Xml.children(c, entry(name)).size()));
    return c;
  }

  private static void ensure(Element root, String name) {
    added(root, name);
  }

  private static String entry(String list) {
    return switch (list) {
      case "cellStyleXfs", "cellXfs" -> "xf";
      case "dxfs" -> "dxf";
      default -> list.substring(0, list.length() - 1);
    };
  }

  private static Element add(Element parent, String name) {
    Element e = Xml.create(parent, name);
    parent.appendChild(e);
    return e;
  }
}
