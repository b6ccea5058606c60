package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.util.List;
import org.w3c.dom.Element;
import uk.scorecard.model.Rating;

/**
 * The workbook's styles part, to which we add the few cell formats we need. A format that already
 * exists is reused, so rating a rated workbook adds nothing.
 */
final class Styles {

  private final StyleSheet s;

  private Styles(StyleSheet s) {
    this.s = s;
  }

  /** The styles in a part, or a minimal stylesheet when the workbook has none. */
  static Styles of(byte[] bytes) throws IOException {
    return new Styles(StyleSheet.of(bytes));
  }

  /** A cell format like {@code base} but with a rating's fill and a bold, legible font. */
  int rag(int base, Rating r) {
    return s.cached("rag " + base + " " + r, () -> newRag(base, r));
  }

  private int newRag(int base, Rating r) {
    Element xf = s.baseXf(base);
    int font = s.add("fonts", s.font(xf, RagColours.ink(r), true));
    Element fillEl = Xml.create(s.container("fills"), "fill");
    Element pattern = StyleSheet.child(fillEl, "patternFill");
    pattern.setAttributeNS(null, "patternType", "solid");
    StyleSheet.child(pattern, "fgColor").setAttributeNS(null, "rgb", RagColours.fill(r));
    StyleSheet.child(pattern, "bgColor").setAttributeNS(null, "indexed", "64");
    int fillId = s.add("fills", fillEl);
    xf.setAttributeNS(null, "fontId", Integer.toString(font));
    xf.setAttributeNS(null, "fillId", Integer.toString(fillId));
    xf.setAttributeNS(null, "applyFont", "1");
    xf.setAttributeNS(null, "applyFill", "1");
    return s.add("cellXfs", xf);
  }

  /** A differential format (for conditional formatting) with a rating's fill and text colour. */
  int dxf(Rating r) {
    Element dxf = Xml.create(s.container("dxfs"), "dxf");
    Element font = StyleSheet.child(dxf, "font");
    StyleSheet.child(font, "b");
    StyleSheet.child(font, "color").setAttributeNS(null, "rgb", RagColours.ink(r));
    Element pattern = StyleSheet.child(StyleSheet.child(dxf, "fill"), "patternFill");
    pattern.setAttributeNS(null, "patternType", "solid");
    StyleSheet.child(pattern, "fgColor").setAttributeNS(null, "rgb", RagColours.fill(r));
    StyleSheet.child(pattern, "bgColor").setAttributeNS(null, "rgb", RagColours.fill(r));
    return s.add("dxfs", dxf);
  }

  /**
   * The conditional format of a cell with a note of ours: a pale red fill and a red border, which
   * print (the note itself does not).
   */
  int problemDxf() {
    Element dxf = Xml.create(s.container("dxfs"), "dxf");
    Element pattern = StyleSheet.child(StyleSheet.child(dxf, "fill"), "patternFill");
    pattern.setAttributeNS(null, "patternType", "solid");
    StyleSheet.child(pattern, "fgColor").setAttributeNS(null, "rgb", "FFFFD7D7");
    StyleSheet.child(pattern, "bgColor").setAttributeNS(null, "rgb", "FFFFD7D7");
    Element border = StyleSheet.child(dxf, "border");
    for (String side : List.of("left", "right", "top", "bottom")) {
      Element e = StyleSheet.child(border, side);
      e.setAttributeNS(null, "style", "thin");
      StyleSheet.child(e, "color").setAttributeNS(null, "rgb", "FFC00000");
    }
    return s.add("dxfs", dxf);
  }

  /** A cell format like {@code base} but wrapping its text, aligned to the top. */
  int wrap(int base) {
    return top(base, true);
  }

  /** A cell format like {@code base} aligned to the top, wrapping its text or not. */
  int top(int base, boolean wrap) {
    return s.cached("top " + base + " " + wrap, () -> newTop(base, wrap));
  }

  /**
   * A cell format like {@code base} aligned to the top and left: a count beside its label, not at
   * the far edge of a column sized for messages.
   */
  int topLeft(int base) {
    return s.cached(
        "topleft " + base,
        () -> {
          Element xf = s.baseXf(top(base, false));
          Xml.child(xf, "alignment").setAttributeNS(null, "horizontal", "left");
          return s.add("cellXfs", xf);
        });
  }

  private int newTop(int base, boolean wrap) {
    Element xf = s.baseXf(base);
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
    return s.add("cellXfs", xf);
  }

  /** A cell format like {@code base} but bold, for headings we write. */
  int bold(int base, boolean wrap) {
    return s.cached("bold " + base + " " + wrap, () -> newBold(base, wrap));
  }

  private int newBold(int base, boolean wrap) {
    Element xf = s.baseXf(wrap ? wrap(base) : base);
    xf.setAttributeNS(null, "fontId", Integer.toString(s.add("fonts", s.font(xf, null, true))));
    xf.setAttributeNS(null, "applyFont", "1");
    return s.add("cellXfs", xf);
  }

  /** A cell format for in-workbook links: blue, underlined, wrapping, as Excel shows links. */
  int link() {
    return s.cached("link", () -> newLink());
  }

  private int newLink() {
    Element xf = s.baseXf(wrap(0));
    Element f = s.font(xf, "FF0563C1", false);
    if (Xml.child(f, "u") == null) {
      f.insertBefore(Xml.create(f, "u"), f.getFirstChild());
    }
    xf.setAttributeNS(null, "fontId", Integer.toString(s.add("fonts", f)));
    xf.setAttributeNS(null, "applyFont", "1");
    return s.add("cellXfs", xf);
  }

  /**
   * A cell format showing a fraction as a percentage, with Excel's built-in 0% or 0.00% (which need
   * no number format of ours): for targets on the Rules sheet.
   */
  int percent(int places) {
    return s.cached(
        "percent " + Math.min(places, 1),
        () -> {
          Element xf = s.baseXf(0);
          xf.setAttributeNS(null, "numFmtId", places == 0 ? "9" : "10");
          xf.setAttributeNS(null, "applyNumberFormat", "1");
          return s.add("cellXfs", xf);
        });
  }

  /** A cell format for the Checks sheet's title: bold and larger. */
  int title() {
    return s.cached("title", () -> newTitle());
  }

  private int newTitle() {
    Element xf = s.baseXf(0);
    Element f = s.font(xf, null, true);
    Element sz = Xml.child(f, "sz");
    if (sz != null) {
      sz.setAttributeNS(null, "val", "14");
    }
    xf.setAttributeNS(null, "fontId", Integer.toString(s.add("fonts", f)));
    xf.setAttributeNS(null, "applyFont", "1");
    return s.add("cellXfs", xf);
  }

  boolean changed() {
    return s.changed();
  }

  boolean created() {
    return s.created();
  }

  byte[] bytes() throws IOException {
    return s.bytes();
  }
}
