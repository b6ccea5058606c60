package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import uk.scorecard.internal.xml.SafeXml;

/** Small XML parts (styles, relationships, comments) as DOM, parsed safely and written back. */
final class Xml {

  private Xml() {}

  /** Parses a part with doctypes and external entities refused. */
  static Document parse(byte[] bytes) throws IOException {
    return SafeXml.parse(bytes);
  }

  /** The document as UTF-8 bytes, after an XML declaration. */
  static byte[] write(Document doc) {
    return DomText.of(doc).getBytes(StandardCharsets.UTF_8);
  }

  /** The element children of a node with a given local name, in document order. */
  static List<Element> children(Node parent, String localName) {
    List<Element> out = new ArrayList<>();
    NodeList nl = parent.getChildNodes();
    for (int i = 0; i < nl.getLength(); i++) {
      if (nl.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first element child with a local name, or null. */
  static @Nullable Element child(Node parent, String localName) {
    List<Element> c = children(parent, localName);
    return c.isEmpty() ? null : c.get(0);
  }

  /** A new element in the same namespace and with the same prefix as its future parent. */
  static Element create(Element parent, String localName) {
    String ns = parent.getNamespaceURI();
    String prefix = parent.getPrefix();
    return parent
        .getOwnerDocument()
        .createElementNS(ns, prefix == null ? localName : prefix + ":" + localName);
  }

  /**
   * The first child with a local name; when there is none, a new one inserted before the first
   * child named in {@code following} (the elements the schema puts after it), else at the end.
   */
  static Element ensureChild(Element parent, String localName, Collection<String> following) {
    Element existing = child(parent, localName);
    if (existing != null) {
      return existing;
    }
    Element e = create(parent, localName);
    Node before = null;
    for (Node n = parent.getFirstChild(); n != null && before == null; n = n.getNextSibling()) {
      if (n instanceof Element el && following.contains(el.getLocalName())) {
        before = el;
      }
    }
    parent.insertBefore(e, before);
    return e;
  }
}
