package uk.scorecard.write.xlsx;

import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A DOM document as XML text: names, attributes (in the DOM's order) and text as they are, plus any
 * namespace declaration a node we added needs. Written here rather than through the JDK's XSLT
 * serialiser, whose start-up (tens of milliseconds) dwarfs writing parts this small.
 */
final class DomText {

  private final StringBuilder out = new StringBuilder(4096);

  private DomText() {}

  /** The document, after an XML declaration. */
  static String of(Document doc) {
    DomText t = new DomText();
    t.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
      t.node(n, Map.of("xml", XMLConstants.XML_NS_URI));
    }
    return t.out.toString();
  }

  private void node(Node n, Map<String, String> scope) {
    switch (n.getNodeType()) {
      case Node.ELEMENT_NODE -> element((Element) n, scope);
      case Node.TEXT_NODE -> escape(n.getNodeValue(), false);
      case Node.CDATA_SECTION_NODE ->
          out.append("<![CDATA[")
              .append(n.getNodeValue().replace("]]>", "]]]]><![CDATA[>"))
              .append("]]>");
      case Node.COMMENT_NODE -> out.append("<!--").append(n.getNodeValue()).append("-->");
      case Node.PROCESSING_INSTRUCTION_NODE ->
          out.append("<?")
              .append(n.getNodeName())
              .append(n.getNodeValue().isEmpty() ? "" : " ")
              .append(n.getNodeValue())
              .append("?>");
      default -> {} // doctypes and entity references cannot occur: parsing refuses doctypes
    }
  }

  private void element(Element e, Map<String, String> outer) {
    NamedNodeMap attrs = e.getAttributes();
    Map<String, String> scope = outer;
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
        scope = declare(scope, a.getPrefix() == null ? "" : a.getLocalName(), a.getValue());
      }
    }
    out.append('<').append(e.getTagName());
    // Attributes in the DOM's order, so a parsed part is written back as it was.
    Map<Attr, String> names = new HashMap<>();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String ns = a.getNamespaceURI();
      String name = a.getName();
      if (ns != null
          && !ns.isEmpty()
          && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)
          && a.getPrefix() == null) {
        // A namespaced attribute made in code without a prefix needs one: unprefixed it would be
        // in no namespace, and declaring its namespace as the default would move the element.
        name = prefixFor(scope, ns) + ":" + a.getLocalName();
      }
      names.put(a, name);
      attribute(name, a.getValue());
    }
    // Namespaces of nodes created in code, which carry a namespace but no declaration.
    scope = ensure(scope, e.getPrefix(), e.getNamespaceURI());
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String ns = a.getNamespaceURI();
      if (ns != null && !ns.isEmpty() && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
        String name = names.get(a);
        scope = ensure(scope, name.substring(0, name.indexOf(':')), ns);
      }
    }
    if (!e.hasChildNodes()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      node(c, scope);
    }
    out.append("</").append(e.getTagName()).append('>');
  }

  /** A prefix already bound to the namespace, else one not bound to anything yet. */
  private static String prefixFor(Map<String, String> scope, String ns) {
    for (var b : scope.entrySet()) {
      if (!b.getKey().isEmpty() && b.getValue().equals(ns)) {
        return b.getKey();
      }
    }
    int n = 1;
    while (scope.containsKey("ns" + n)) {
      n++;
    }
    return "ns" + n;
  }

  /** Declares the prefix on the element being opened when the scope maps it elsewhere. */
  private Map<String, String> ensure(Map<String, String> scope, String prefix, String ns) {
    String p = prefix == null ? "" : prefix;
    String uri = ns == null ? "" : ns;
    if (uri.equals(scope.getOrDefault(p, ""))) {
      return scope;
    }
    attribute(p.isEmpty() ? "xmlns" : "xmlns:" + p, uri);
    return declare(scope, p, uri);
  }

  private static Map<String, String> declare(Map<String, String> scope, String p, String uri) {
    Map<String, String> inner = new HashMap<>(scope);
    inner.put(p, uri);
    return inner;
  }

  private void attribute(String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
  }

  /** Escapes markup; in attributes also quotes and the white space a reader would normalise. */
  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> out.append("&#13;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
  }
}
