package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The styles part's document, with the few operations the formats we add need: copy a cell format
 * or font, add an element to a list unless an equal one is there, remember a format made.
 */
final class StyleSheet {

  private static final String MINIMAL =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
          + "</cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
          + "borderId=\"0\" xfId=\"0\"/></cellXfs></styleSheet>";

  private final Document doc;
  private final Element root;
  private final boolean created;
  private boolean changed;

  private StyleSheet(Document doc, boolean created) {
    this.doc = doc;
    this.root = doc.getDocumentElement();
    this.created = created;
  }

  /** The styles in a part, or a minimal stylesheet when the workbook has none. */
  static StyleSheet of(byte[] bytes) throws IOException {
    if (bytes == null) {
      return new StyleSheet(Xml.parse(MINIMAL.getBytes(StandardCharsets.UTF_8)), true);
    }
    return new StyleSheet(Xml.parse(bytes), false);
  }

  /**
   * The formats made so far, by what was asked ("rag 3 RED"): the same request gives the same
   * format, so each cell after the first skips building and comparing style elements.
   */
  private final Map<String, Integer> made = new HashMap<>();

  /** The format made for {@code key} before, or the one {@code make} makes now. */
  int cached(String key, IntSupplier make) {
    Integer id = made.get(key);
    if (id == null) {
      // Not computeIfAbsent: making one format may ask for another (bold asks for wrap).
      id = make.getAsInt();
      made.put(key, id);
    }
    return id;
  }

  /** A copy of the cell format {@code base} (the first where there is none), to change. */
  Element baseXf(int base) {
    List<Element> xfs = Xml.children(container("cellXfs"), "xf");
    Element src = base >= 0 && base < xfs.size() ? xfs.get(base) : xfs.get(0);
    Element xf = (Element) src.cloneNode(true);
    xf.removeAttribute("quotePrefix");
    return xf;
  }

  /** A copy of a cell format's font, bold or coloured as asked. */
  Element font(Element xf, String rgb, boolean bold) {
    List<Element> fonts = Xml.children(container("fonts"), "font");
    int id =
        Integer.parseInt(xf.getAttribute("fontId").isEmpty() ? "0" : xf.getAttribute("fontId"));
    Element f = (Element) fonts.get(id < fonts.size() ? id : 0).cloneNode(true);
    if (bold && Xml.child(f, "b") == null) {
      f.insertBefore(Xml.create(f, "b"), f.getFirstChild());
    }
    if (rgb != null) {
      Element color = Xml.child(f, "color");
      if (color != null) {
        f.removeChild(color);
      }
      color = Xml.create(f, "color");
      color.setAttributeNS(null, "rgb", rgb);
      Element sz = Xml.child(f, "sz");
      f.insertBefore(color, sz == null ? null : sz.getNextSibling());
    }
    return f;
  }

  /** A new child element, appended. */
  static Element child(Element parent, String name) {
    Element e = Xml.create(parent, name);
    parent.appendChild(e);
    return e;
  }

  /** Adds an element to a list such as {@code fonts} unless an equal one is there; its index. */
  int add(String list, Element e) {
    Element c = container(list);
    List<Element> items = Xml.children(c, e.getLocalName());
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).isEqualNode(e)) {
        return i;
      }
    }
    c.appendChild(doc.importNode(e, true));
    c.setAttributeNS(null, "count", Integer.toString(items.size() + 1));
    changed = true;
    return items.size();
  }

  /** The list element {@code name} (fonts, fills, cellXfs, dxfs), added where missing. */
  Element container(String name) {
    if (StyleParts.added(root, name) != null) {
      changed = true;
    }
    return Xml.child(root, name);
  }

  boolean changed() {
    return changed || created;
  }

  boolean created() {
    return created;
  }

  byte[] bytes() throws IOException {
    return Xml.write(doc);
  }
}
