package uk.scorecard.write.xlsx;

import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element's meaning as text, whatever its prefixes, attribute order or indentation, so two
 * writers' forms of the same cell or rule compare equal and any real difference does not.
 */
final class XmlCanon {

  private XmlCanon() {}

  /** The canonical form of the element the reader is on (a start tag), read to its end tag. */
  static String element(XMLStreamReader r) throws XMLStreamException {
    StringBuilder sb = new StringBuilder(64);
    append(r, sb);
    return sb.toString();
  }

  /** Appends the canonical form of the element the reader is on, read to its end tag. */
  static void element(XMLStreamReader r, StringBuilder sb) throws XMLStreamException {
    append(r, sb);
  }

  /**
   * A start tag's name with its namespace, as {@code {ns}local}; the sheet's own namespace is left
   * out, as nearly every element is in it.
   */
  static String name(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    return ns == null || ns.isEmpty() || ns.equals(MAIN)
        ? r.getLocalName()
        : "{" + ns + "}" + r.getLocalName();
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  /** A start tag's attributes by namespaced name, namespace declarations left out. */
  static Map<String, String> attributes(XMLStreamReader r) {
    Map<String, String> out = new TreeMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      String ns = r.getAttributeNamespace(i);
      String key =
          ns == null || ns.isEmpty()
              ? r.getAttributeLocalName(i)
              : "{" + ns + "}" + r.getAttributeLocalName(i);
      out.put(key, r.getAttributeValue(i));
    }
    return out;
  }

  /** The canonical form of a parsed element, the same as {@link #element} gives for it. */
  static String of(org.w3c.dom.Element e) {
    StringBuilder sb = new StringBuilder(64);
    append(e, sb);
    return sb.toString();
  }

  private static void append(org.w3c.dom.Element e, StringBuilder sb) {
    String ns = e.getNamespaceURI();
    sb.append('<')
        .append(ns == null || ns.isEmpty() ? e.getLocalName() : "{" + ns + "}" + e.getLocalName());
    Map<String, String> attrs = new TreeMap<>();
    org.w3c.dom.NamedNodeMap m = e.getAttributes();
    for (int i = 0; i < m.getLength(); i++) {
      org.w3c.dom.Node a = m.item(i);
      String ans = a.getNamespaceURI();
      if ("http://www.w3.org/2000/xmlns/".equals(ans)) {
        continue;
      }
      String local = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
      attrs.put(ans == null || ans.isEmpty() ? local : "{" + ans + "}" + local, a.getNodeValue());
    }
    attrs.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v).append('"'));
    sb.append('>');
    StringBuilder text = new StringBuilder();
    boolean children = false;
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element c) {
        flush(text, sb, false);
        children = true;
        append(c, sb);
      } else if (n.getNodeType() == org.w3c.dom.Node.TEXT_NODE
          || n.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    flush(text, sb, !children);
    sb.append("</>");
  }

  private static void append(XMLStreamReader r, StringBuilder sb) throws XMLStreamException {
    sb.append('<').append(name(r));
    // Attributes sorted by name: the JDK's events keep them in a hash map, so our writer's order
    // is not the parser's. A few per element: an insertion sort, not a map, in a short run.
    int n = r.getAttributeCount();
    String[] keys = new String[n];
    String[] values = new String[n];
    for (int i = 0; i < n; i++) {
      String ns = r.getAttributeNamespace(i);
      String key =
          ns == null || ns.isEmpty()
              ? r.getAttributeLocalName(i)
              : "{" + ns + "}" + r.getAttributeLocalName(i);
      String value = r.getAttributeValue(i);
      int j = i;
      while (j > 0 && keys[j - 1].compareTo(key) > 0) {
        keys[j] = keys[j - 1];
        values[j] = values[j - 1];
        j--;
      }
      keys[j] = key;
      values[j] = value;
    }
    for (int i = 0; i < n; i++) {
      sb.append(' ').append(keys[i]).append("=\"").append(values[i]).append('"');
    }
    sb.append('>');
    // Text goes straight into sb from mark: kept when the element is a leaf (its value, spaces
    // and all), dropped when it is blank between children (layout). No builder per element.
    int mark = sb.length();
    boolean children = false;
    while (true) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.START_ELEMENT -> {
          dropIfBlank(sb, mark);
          children = true;
          append(r, sb);
          mark = sb.length();
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            escaped(r.getTextCharacters(), r.getTextStart(), r.getTextLength(), sb);
        case XMLStreamConstants.END_ELEMENT -> {
          if (children) {
            dropIfBlank(sb, mark);
          }
          sb.append("</>");
          return;
        }
        default -> {
          // Comments and processing instructions carry no cell meaning.
        }
      }
    }
  }

  /** Appends text with {@code <} written as {@code &lt;}, as {@link #flush} does. */
  private static void escaped(char[] chars, int start, int length, StringBuilder sb) {
    for (int i = start; i < start + length; i++) {
      if (chars[i] == '<') {
        sb.append("&lt;");
      } else {
        sb.append(chars[i]);
      }
    }
  }

  /** Removes the text appended since {@code mark} when it is all white space. */
  private static void dropIfBlank(StringBuilder sb, int mark) {
    for (int i = mark; i < sb.length(); i++) {
      if (!Character.isWhitespace(sb.charAt(i))) {
        return;
      }
    }
    sb.setLength(mark);
  }

  private static void flush(StringBuilder text, StringBuilder sb, boolean leaf) {
    if (leaf || !text.toString().isBlank()) {
      sb.append(text.toString().replace("<", "&lt;"));
    }
    text.setLength(0);
  }
}
