package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.scorecard.model.Rating;

/**
 * The workbook's styles part, to which we add the few cell formats we need. A format that already
 * exists is reused, so rating a rated workbook adds nothing.
 */
final class Styles {

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

  private Styles(Document doc, boolean created) {
    this.doc = doc;
    this.root = doc.getDocumentElement();
    this.created = created;
  }

  /** The styles in a part, or a minimal stylesheet when the workbook has none. */
  static Styles of(byte[] bytes) throws IOException {
    if (bytes == null) {
      return new Styles(Xml.parse(MINIMAL.getBytes(StandardCharsets.UTF_8)), true);
    }
    return new Styles(Xml.parse(bytes), false);
  }

  /**
   * The formats made so far, by what was asked ("rag 3 RED"): the same request gives the same
   * format, so each cell after the first skips building and comparing style elements.
   */
  private final Map<String, Integer> made = new HashMap<>();

  private int cached(String key, IntSupplier make) {
    Integer id = made.get(key);
    if (id == null) {
      // Not computeIfAbsent: making one format may ask for another (bold asks for wrap).
      id = make.getAsInt();
      made.put(key, id);
    }
    return id;
  }

  /** A cell format like {@code base} but with a rating's fill and a bold, legible font. */
  int rag(int base, Rating r) {
    return cached("rag " + base + " " + r, () -> newRag(base, r));
  }

  private int newRag(int base, Rating r) {
    Element xf = baseXf(base);
    int font = add("fonts", font(xf, RagColours.ink(r), true));
    Element fillEl = Xml.create(container("fills"), "fill");
    Element pattern = child(fillEl, "patternFill");
    pattern.setAttributeNS(null, "patternType", "solid");
    child(pattern, "fgColor").setAttributeNS(null, "rgb", RagColours.fill(r));
    child(pattern, "bgColor").setAttributeNS(null, "indexed", "64");
    int fillId = add("fills", fillEl);
    xf.setAttributeNS(null, "fontId", Integer.toString(font));
    xf.setAttributeNS(null, "fillId", Integer.toString(fillId));
    xf.setAttributeNS(null, "applyFont", "1");
    xf.setAttributeNS(null, "applyFill", "1");
    return add("cellXfs", xf);
  }

  /** A differential format (for conditional formatting) with a rating's fill and text colour. */
  int dxf(Rating r) {
    Element dxf = Xml.create(container("dxfs"), "dxf");
    Element font = child(dxf, "font");
    child(font, "b");
    child(font, "color").setAttributeNS(null, "rgb", RagColours.ink(r));
    Element pattern = child(child(dxf, "fill"), "patternFill");
    pattern.setAttributeNS(null, "patternType", "solid");
    child(pattern, "fgColor").setAttributeNS(null, "rgb", RagColours.fill(r));
    child(pattern, "bgColor").setAttributeNS(null, "rgb", RagColours.fill(r));
    return add("dxfs", dxf);
  }

  /**
   * The conditional format of a cell with a note of ours: a pale red fill and a red border, which
   * print (the note itself does not).
   */
  int problemDxf() {
    Element dxf = Xml.create(container("dxfs"), "dxf");
    Element pattern = child(child(dxf, "fill"), "patternFill");
    pattern.setAttributeNS(null, "patternType", "solid");
    child(pattern, "fgColor").setAttributeNS(null, "rgb", "FFFFD7D7");
    child(pattern, "bgColor").setAttributeNS(null, "rgb", "FFFFD7D7");
    Element border = child(dxf, "border");
    for (String side : List.of("left", "right", "top", "bottom")) {
      Element e = child(border, side);
      e.setAttributeNS(null, "style", "thin");
      child(e, "color").setAttributeNS(null, "rgb", "FFC00000");
    }
    return add("dxfs", dxf);
  }

  /** A cell format like {@code base} but wrapping its text, aligned to the top. */
  int wrap(int base) {
    return top(base, true);
  }

  /** A cell format like {@code base} aligned to the top, wrapping its text or not. */
  int top(int base, boolean wrap) {
    return cached("top " + base + " " + wrap, () -> newTop(base, wrap));
  }

  /**
   * A cell format like {@code base} aligned to the top and left: a count beside its label, not at
   * the far edge of a column sized for messages.
   */
  int topLeft(int base) {
    return cached(
        "topleft " + base,
        () -> {
          Element xf = baseXf(top(base, false));
          Xml.child(xf, "alignment").setAttributeNS(null, "horizontal", "left");
          return add("cellXfs", xf);
        });
  }

  private int newTop(int base, boolean wrap) {
    Element xf = baseXf(base);
    Element align = Xml.child(xf, "alignment");
    if (align == null) {
      align = Xml.create(xf, "alignment");
      xf.insertBefore(align, xf.getFirstChild());
    }
    if (wrap) {
      align.setAttributeNS(null, "wrapText", "1");
    }
    align.setAttributeNS(null, "vertical", "top");
    xf.setAttributeNS(null, "applyAlignment", "1");
    return add("cellXfs", xf);
  }

  /** A cell format like {@code base} but bold, for headings we write. */
  int bold(int base, boolean wrap) {
    return cached("bold " + base + " " + wrap, () -> newBold(base, wrap));
  }

  private int newBold(int base, boolean wrap) {
    Element xf = baseXf(wrap ? wrap(base) : base);
    xf.setAttributeNS(null, "fontId", Integer.toString(add("fonts", font(xf, null, true))));
    xf.setAttributeNS(null, "applyFont", "1");
    return add("cellXfs", xf);
  }

  /** A cell format for in-workbook links: blue, underlined, wrapping, as Excel shows links. */
  int link() {
    return cached("link", () -> newLink());
  }

  private int newLink() {
    Element xf = baseXf(wrap(0));
    Element f = font(xf, "FF0563C1", false);
    if (Xml.child(f, "u") == null) {
      f.insertBefore(Xml.create(f, "u"), f.getFirstChild());
    }
    xf.setAttributeNS(null, "fontId", Integer.toString(add("fonts", f)));
    xf.setAttributeNS(null, "applyFont", "1");
    return add("cellXfs", xf);
  }

  /**
   * A cell format showing a fraction as a percentage, with Excel's built-in 0% or 0.00% (which need
   * no number format of ours): for targets on the Rules sheet.
   */
  int percent(int places) {
    return cached(
        "percent " + Math.min(places, 1),
        () -> {
          Element xf = baseXf(0);
          xf.setAttributeNS(null, "numFmtId", places == 0 ? "9" : "10");
          xf.setAttributeNS(null, "applyNumberFormat", "1");
          return add("cellXfs", xf);
        });
  }

  /** A cell format for the Checks sheet's title: bold and larger. */
  int title() {
    return cached("title", () -> newTitle());
  }

  private int newTitle() {
    Element xf = baseXf(0);
    Element f = font(xf, null, true);
    Element sz = Xml.child(f, "sz");
    if (sz != null) {
      sz.setAttributeNS(null, "val", "14");
    }
    xf.setAttributeNS(null, "fontId", Integer.toString(add("fonts", f)));
    xf.setAttributeNS(null, "applyFont", "1");
    return add("cellXfs", xf);
  }

  private Element baseXf(int base) {
    List<Element> xfs = Xml.children(container("cellXfs"), "xf");
    Element src = base >= 0 && base < xfs.size() ? xfs.get(base) : xfs.get(0);
    Element xf = (Element) src.cloneNode(true);
    xf.removeAttribute("quotePrefix");
    return xf;
  }

  private Element font(Element xf, String rgb, boolean bold) {
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

  private static Element child(Element parent, String name) {
    Element e = Xml.create(parent, name);
    parent.appendChild(e);
    return e;
  }

  /** Adds an element to a list such as {@code fonts} unless an equal one is there; its index. */
  private int add(String list, Element e) {
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

  private Element container(String name) {
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
