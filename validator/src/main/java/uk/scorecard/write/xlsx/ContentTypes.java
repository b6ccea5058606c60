package uk.scorecard.write.xlsx;

import java.io.IOException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The package's {@code [Content_Types].xml}: declares the type of every part we add. */
final class ContentTypes {

  static final String NAME = "[Content_Types].xml";
  static final String WORKSHEET =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
  static final String COMMENTS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
  static final String VML = "application/vnd.openxmlformats-officedocument.vmlDrawing";
  static final String STYLES =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  private final Document doc;
  private boolean changed;

  private ContentTypes(Document doc) {
    this.doc = doc;
  }

  static ContentTypes of(byte[] bytes) throws IOException {
    if (bytes == null) {
      throw new IOException("the package has no [Content_Types].xml");
    }
    return new ContentTypes(Xml.parse(bytes));
  }

  /** Declares a part's type. */
  void override(String partName, String type) {
    String name = "/" + partName;
    for (Element e : Xml.children(doc.getDocumentElement(), "Override")) {
      if (e.getAttribute("PartName").equalsIgnoreCase(name)) {
        return;
      }
    }
    Element o = Xml.create(doc.getDocumentElement(), "Override");
    o.setAttributeNS(null, "PartName", name);
    o.setAttributeNS(null, "ContentType", type);
    doc.getDocumentElement().appendChild(o);
    changed = true;
  }

  /** Removes a part's declaration, for a part we drop. */
  void remove(String partName) {
    for (Element e : Xml.children(doc.getDocumentElement(), "Override")) {
      if (e.getAttribute("PartName").equalsIgnoreCase("/" + partName)) {
        doc.getDocumentElement().removeChild(e);
        changed = true;
      }
    }
  }

  /** Declares the type of every part with an extension, unless it is declared already. */
  void byExtension(String ext, String type) {
    for (Element e : Xml.children(doc.getDocumentElement(), "Default")) {
      if (e.getAttribute("Extension").equalsIgnoreCase(ext)) {
        return;
      }
    }
    Element d = Xml.create(doc.getDocumentElement(), "Default");
    d.setAttributeNS(null, "Extension", ext);
    d.setAttributeNS(null, "ContentType", type);
    doc.getDocumentElement().insertBefore(d, doc.getDocumentElement().getFirstChild());
    changed = true;
  }

  boolean changed() {
    return changed;
  }

  byte[] bytes() throws IOException {
    return Xml.write(doc);
  }
}
