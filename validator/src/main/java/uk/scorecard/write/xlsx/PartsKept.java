package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.w3c.dom.Element;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.NotKept;

/**
 * The self-check of the small parts we edit: relationships, content types, the workbook, styles,
 * notes and their drawing each keep everything of the officer's; only our additions are new.
 */
final class PartsKept {

  /** Style collections we may append to; the officer's entries keep their places. */
  private static final Set<String> GROWING =
      Set.of(
          "numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs");

  private PartsKept() {}

  /** Every relationship stays as it was. */
  static void rels(String part, byte[] a, byte[] b) throws IOException, NotKept {
    Set<String> after = new HashSet<>(canons(root(b), "Relationship"));
    for (Element r : Xml.children(root(a).getDocumentElement(), "Relationship")) {
      if (!after.contains(XmlCanon.of(r))) {
        throw new NotKept("part " + part + ": a relationship is missing or changed");
      }
    }
  }

  /** Every declared type stays as it was. */
  static void contentTypes(byte[] a, byte[] b) throws IOException, NotKept {
    Element rootA = root(a).getDocumentElement();
    Set<String> after = new HashSet<>();
    org.w3c.dom.Document docB = root(b);
    for (String kind : List.of("Default", "Override")) {
      after.addAll(canons(docB, kind));
    }
    for (String kind : List.of("Default", "Override")) {
      for (Element e : Xml.children(rootA, kind)) {
        if (!after.contains(XmlCanon.of(e))) {
          throw new NotKept("[Content_Types].xml: a declared type is missing or changed");
        }
      }
    }
  }

  /** Sheets keep their names, order and visibility; names stay but for our hidden markers. */
  static void workbook(byte[] a, byte[] b) throws IOException, NotKept {
    Element ra = root(a).getDocumentElement();
    Element rb = root(b).getDocumentElement();
    sameAttributes(ra, rb, "the workbook");
    for (String name : childNames(ra, rb)) {
      Element ea = Xml.child(ra, name);
      Element eb = Xml.child(rb, name);
      switch (name) {
        case "sheets" -> prefix(kids(ea), kids(eb), "the workbook's sheets");
        case "definedNames" -> {
          if (!names(ea).equals(names(eb))) {
            throw new NotKept("the workbook's defined names changed");
          }
        }
        default -> same(ea, eb, "the workbook's " + name);
      }
    }
  }

  /** Every style of the officer's keeps its index and look; ours are appended. */
  static void styles(byte[] a, byte[] b) throws IOException, NotKept {
    Element ra = root(a).getDocumentElement();
    Element rb = root(b).getDocumentElement();
    for (String name : childNames(ra, rb)) {
      Element ea = Xml.child(ra, name);
      Element eb = Xml.child(rb, name);
      if (!GROWING.contains(name)) {
        same(ea, eb, "the styles' " + name);
      } else if (ea != null) {
        if (eb == null) {
          throw new NotKept("the styles' " + name + " are missing");
        }
        prefix(kids(ea), kids(eb), "the styles' " + name);
      }
    }
  }

  /** Every note of the officer's stays with its words; only notes and runs of ours change. */
  static Set<String> comments(byte[] a, byte[] b) throws IOException, NotKept {
    Element ra = root(a).getDocumentElement();
    Element rb = root(b).getDocumentElement();
    prefix(kids(Xml.child(ra, "authors")), kids(Xml.child(rb, "authors")), "the notes' authors");
    String ours = authorId(ra);
    Set<String> after = new HashSet<>();
    Element listB = Xml.child(rb, "commentList");
    for (Element c : listB == null ? List.<Element>of() : Xml.children(listB, "comment")) {
      after.add(withoutOurRuns(c));
    }
    Set<String> officers = new HashSet<>();
    Element listA = Xml.child(ra, "commentList");
    for (Element c : listA == null ? List.<Element>of() : Xml.children(listA, "comment")) {
      if (c.getAttribute("authorId").equals(ours)) {
        continue;
      }
      officers.add(c.getAttribute("ref").toUpperCase(Locale.ROOT));
      if (!after.contains(withoutOurRuns(c))) {
        throw new NotKept(
            "the officer's note on " + c.getAttribute("ref") + " is missing or" + " changed");
      }
    }
    return officers;
  }

  /**
   * Every shape of the drawing stays but note boxes of ours, on cells with no officer's note; and a
   * drawing that was well-formed XML still is, or Excel and POI could not open the workbook.
   */
  static void vml(byte[] a, byte[] b, Set<String> officerNotes) throws NotKept {
    if (wellFormed(a) && !wellFormed(b)) {
      throw new NotKept("the notes drawing is no longer well-formed XML");
    }
    String after = new String(b, java.nio.charset.StandardCharsets.UTF_8);
    Matcher m = Vml.SHAPE.matcher(new String(a, java.nio.charset.StandardCharsets.UTF_8));
    while (m.find()) {
      String shape = m.group();
      String cell = Vml.cellOf(shape);
      boolean ourNote =
          shape.contains("ObjectType=\"Note\"")
              && cell != null
              && !officerNotes.contains(cell.toUpperCase(Locale.ROOT));
      if (!ourNote && !after.contains(shape.strip())) {
        throw new NotKept(
            "a drawing shape" + (cell == null ? "" : " on " + cell) + " is missing or changed");
      }
    }
  }

  private static boolean wellFormed(byte[] xml) {
    try {
      Xml.parse(xml);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static String authorId(Element root) {
    Element authors = Xml.child(root, "authors");
    List<Element> names = authors == null ? List.of() : Xml.children(authors, "author");
    for (int i = 0; i < names.size(); i++) {
      if (Marks.AUTHOR.equals(names.get(i).getTextContent())) {
        return Integer.toString(i);
      }
    }
    return "-";
  }

  private static String withoutOurRuns(Element comment) {
    Element copy = (Element) comment.cloneNode(true);
    Element text = Xml.child(copy, "text");
    if (text != null) {
      // A plain note and the same words as one run mean the same (we make the one the other).
      Comments.runsOnly(text);
      for (Element r : Xml.children(text, "r")) {
        Element t = Xml.child(r, "t");
        if (t != null && t.getTextContent().strip().startsWith(Marks.NOTE.strip())) {
          text.removeChild(r);
        }
      }
    }
    return XmlCanon.of(copy);
  }

  private static List<String> names(Element definedNames) {
    List<String> out = new ArrayList<>();
    for (Element n :
        definedNames == null ? List.<Element>of() : Xml.children(definedNames, "definedName")) {
      String name = n.getAttribute("name");
      if (!Marks.CHECKS_NAME.equals(name) && !Marks.RULES_NAME.equals(name)) {
        out.add(XmlCanon.of(n));
      }
    }
    return out;
  }

  private static void prefix(List<String> a, List<String> b, String what) throws NotKept {
    if (b.size() < a.size() || !b.subList(0, a.size()).equals(a)) {
      throw new NotKept(what + " changed");
    }
  }

  private static void same(Element a, Element b, String what) throws NotKept {
    if (a == null ? b != null : b == null || !XmlCanon.of(a).equals(XmlCanon.of(b))) {
      throw new NotKept(what + " changed");
    }
  }

  private static void sameAttributes(Element a, Element b, String what) throws NotKept {
    Element ca = (Element) a.cloneNode(false);
    Element cb = (Element) b.cloneNode(false);
    if (!XmlCanon.of(ca).equals(XmlCanon.of(cb))) {
      throw new NotKept(what + "'s settings changed");
    }
  }

  /** The local names of the children of either element, each once. */
  private static Set<String> childNames(Element a, Element b) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Element e : List.of(a, b)) {
      for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element c) {
          out.add(c.getLocalName());
        }
      }
    }
    return out;
  }

  private static List<String> kids(Element e) {
    List<String> out = new ArrayList<>();
    if (e != null) {
      for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element c) {
          out.add(XmlCanon.of(c));
        }
      }
    }
    return out;
  }

  private static List<String> canons(org.w3c.dom.Document d, String name) {
    return Xml.children(d.getDocumentElement(), name).stream().map(XmlCanon::of).toList();
  }

  private static org.w3c.dom.Document root(byte[] bytes) throws IOException {
    return Xml.parse(bytes);
  }
}
