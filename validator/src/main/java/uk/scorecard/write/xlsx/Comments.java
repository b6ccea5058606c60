package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.scorecard.internal.xml.XmlText;
import uk.scorecard.model.CellRef;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.Plan;

/**
 * A sheet's notes part. Notes we wrote before are replaced; an officer's note is kept and ours is
 * added below it as a run of its own, so it can be told apart next time.
 */
final class Comments {

  private static final String EMPTY =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<comments xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<authors/><commentList/></comments>";

  private final Document doc;
  private final Element authors;
  private final Element list;

  /** Cells whose note shape must go: notes of ours that we removed. */
  private final Set<String> removed = new TreeSet<>();

  /** Cells that need a new note shape: notes we add where the officer had none. */
  private final Set<String> added = new TreeSet<>();

  /** The part as it came, to tell whether applying our notes changed anything. */
  private final String before;

  private Comments(Document doc) {
    this.doc = doc;
    this.before = XmlCanon.of(doc.getDocumentElement());
    Element root = doc.getDocumentElement();
    this.authors = ensure(root, "authors", root.getFirstChild());
    this.list = ensure(root, "commentList", null);
  }

  /** The notes in a part, or an empty notes part. */
  static Comments of(byte[] bytes) throws IOException {
    return new Comments(Xml.parse(bytes != null ? bytes : EMPTY.getBytes(StandardCharsets.UTF_8)));
  }

  /** Applies our notes: drop our old ones, then add each (one note per cell, sentences joined). */
  void apply(List<Plan.Note> notes) {
    Map<String, String> mine = byCell(notes);
    // Our author is added only when a note of ours needs it, so an untouched part stays as it was.
    int found = authorId(false);
    String ours = Integer.toString(found >= 0 || mine.isEmpty() ? found : authorId(true));
    Map<String, Element> officers = new LinkedHashMap<>();
    for (Element c : Xml.children(list, "comment")) {
      if (c.getAttribute("authorId").equals(ours)) {
        list.removeChild(c);
        removed.add(c.getAttribute("ref"));
      } else {
        stripOurRuns(c);
        officers.put(c.getAttribute("ref"), c);
      }
    }
    for (var e : mine.entrySet()) {
      Element officer = officers.get(e.getKey());
      if (officer != null) {
        Element text = Xml.child(officer, "text");
        runsOnly(text);
        text.appendChild(run(text, "\n\n" + Marks.NOTE + e.getValue()));
      } else {
        list.appendChild(comment(e.getKey(), ours, Marks.NOTE + e.getValue()));
        added.add(e.getKey());
        removed.remove(e.getKey());
      }
    }
  }

  private static Map<String, String> byCell(List<Plan.Note> notes) {
    Map<String, String> out = new java.util.TreeMap<>();
    for (Plan.Note n : notes) {
      String ref = CellRef.a1(n.row(), n.col());
      out.merge(ref, n.text(), (a, b) -> a.equals(b) || a.contains(b) ? a : a + "\n" + b);
    }
    return out;
  }

  /**
   * A note's plain text ({@code <t>} alone, as POI and openpyxl write it) as a run of its own: a
   * reader shows either the plain text or the runs, so ours must not sit beside a bare one.
   */
  static void runsOnly(Element text) {
    for (Element t : Xml.children(text, "t")) {
      Element r = Xml.create(text, "r");
      text.replaceChild(r, t);
      r.appendChild(t);
    }
  }

  private void stripOurRuns(Element comment) {
    Element text = Xml.child(comment, "text");
    if (text == null) {
      return;
    }
    for (Element r : Xml.children(text, "r")) {
      Element t = Xml.child(r, "t");
      if (t != null && t.getTextContent().strip().startsWith(Marks.NOTE.strip())) {
        text.removeChild(r);
      }
    }
  }

  /** Our author's index, added when {@code create} and missing; else -1 when missing. */
  private int authorId(boolean create) {
    List<Element> names = Xml.children(authors, "author");
    for (int i = 0; i < names.size(); i++) {
      if (Marks.AUTHOR.equals(names.get(i).getTextContent())) {
        return i;
      }
    }
    if (!create) {
      return -1;
    }
    Element a = Xml.create(authors, "author");
    a.setTextContent(Marks.AUTHOR);
    authors.appendChild(a);
    return names.size();
  }

  private Element comment(String ref, String authorId, String body) {
    Element c = Xml.create(list, "comment");
    c.setAttributeNS(null, "ref", ref);
    c.setAttributeNS(null, "authorId", authorId);
    Element text = Xml.create(c, "text");
    c.appendChild(text);
    text.appendChild(run(text, body));
    return c;
  }

  private Element run(Element text, String body) {
    Element r = Xml.create(text, "r");
    Element t = Xml.create(text, "t");
    t.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:space", "preserve");
    t.setTextContent(XmlText.clean(body));
    r.appendChild(t);
    return r;
  }

  private static Element ensure(Element root, String name, Node before) {
    Element e = Xml.child(root, name);
    if (e == null) {
      e = Xml.create(root, name);
      root.insertBefore(e, before);
    }
    return e;
  }

  /** True when our notes changed the part: else the officer's bytes are kept as they were. */
  boolean changed() {
    return !XmlCanon.of(doc.getDocumentElement()).equals(before);
  }

  /** True when the part holds no notes at all. */
  boolean isEmpty() {
    return Xml.children(list, "comment").isEmpty();
  }

  Set<String> removedCells() {
    return removed;
  }

  Set<String> addedCells() {
    return added;
  }

  List<String> refs() {
    List<String> out = new ArrayList<>();
    Xml.children(list, "comment").forEach(c -> out.add(c.getAttribute("ref")));
    return out;
  }

  byte[] bytes() throws IOException {
    return Xml.write(doc);
  }
}
