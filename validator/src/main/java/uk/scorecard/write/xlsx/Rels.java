package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** One relationships part: find targets by type, add new relationships with fresh ids. */
final class Rels {

  static final String NS = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String OFFICE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";

  private final Document doc;
  private boolean changed;

  private Rels(Document doc) {
    this.doc = doc;
  }

  /** The relationships in a part's bytes, or an empty set when there are none yet. */
  static Rels of(byte[] bytes) throws IOException {
    if (bytes == null) {
      Document d =
          Xml.parse(
              ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                      + "<Relationships xmlns=\""
                      + NS
                      + "\"/>")
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Rels r = new Rels(d);
      r.changed = true;
      return r;
    }
    return new Rels(Xml.parse(bytes));
  }

  /** The target of the first relationship whose type ends with {@code /typeSuffix}, or null. */
  @Nullable String target(String typeSuffix) {
    Element e = byType(typeSuffix);
    return e == null ? null : e.getAttribute("Target");
  }

  /** The id of the first relationship whose type ends with {@code /typeSuffix}, or null. */
  @Nullable String id(String typeSuffix) {
    Element e = byType(typeSuffix);
    return e == null ? null : e.getAttribute("Id");
  }

  /** The target of the relationship with this id, or null. */
  @Nullable String targetOfId(String id) {
    for (Element e : Xml.children(doc.getDocumentElement(), "Relationship")) {
      if (id.equals(e.getAttribute("Id"))) {
        return e.getAttribute("Target");
      }
    }
    return null;
  }

  /** The first internal relationship of a type: an external one names no part of ours. */
  private Element byType(String typeSuffix) {
    for (Element e : Xml.children(doc.getDocumentElement(), "Relationship")) {
      if (e.getAttribute("Type").endsWith("/" + typeSuffix)
          && !"External".equals(e.getAttribute("TargetMode"))) {
        return e;
      }
    }
    return null;
  }

  /** Adds a relationship of an Office type (such as {@code comments}) and returns its new id. */
  String add(String typeSuffix, String target) {
    Set<String> ids = new HashSet<>();
    for (Element e : Xml.children(doc.getDocumentElement(), "Relationship")) {
      ids.add(e.getAttribute("Id"));
    }
    int n = ids.size() + 1;
    while (ids.contains("rId" + n)) {
      n++;
    }
    Element rel = doc.createElementNS(NS, "Relationship");
    rel.setAttributeNS(null, "Id", "rId" + n);
    rel.setAttributeNS(null, "Type", base() + "/" + typeSuffix);
    rel.setAttributeNS(null, "Target", target);
    doc.getDocumentElement().appendChild(rel);
    changed = true;
    return "rId" + n;
  }

  /** The relationship-type base this package uses: Strict OOXML has its own. */
  private String base() {
    for (Element e : Xml.children(doc.getDocumentElement(), "Relationship")) {
      if (e.getAttribute("Type").startsWith(STRICT)) {
        return STRICT;
      }
    }
    return OFFICE;
  }

  /** Removes the relationship with this id. */
  void remove(String id) {
    for (Element e : Xml.children(doc.getDocumentElement(), "Relationship")) {
      if (id.equals(e.getAttribute("Id"))) {
        e.getParentNode().removeChild(e);
        changed = true;
      }
    }
  }

  boolean changed() {
    return changed;
  }

  byte[] bytes() throws IOException {
    return Xml.write(doc);
  }
}
