package uk.scorecard.internal.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.XMLEvent;
import javax.xml.stream.util.XMLEventAllocator;
import javax.xml.stream.util.XMLEventConsumer;

/**
 * Makes the sheet patcher's events through the event factory. The JDK's own allocator builds a
 * namespace context and looks up parser limits for every event, which made up half the cost of
 * streaming a small sheet in a short run; the patcher needs neither.
 */
public final class Events implements XMLEventAllocator {

  private final XMLEventFactory ev = XMLEventFactory.newDefaultFactory();

  @Override
  public XMLEventAllocator newInstance() {
    return new Events();
  }

  @Override
  public void allocate(XMLStreamReader r, XMLEventConsumer consumer) throws XMLStreamException {
    consumer.add(allocate(r));
  }

  @Override
  public XMLEvent allocate(XMLStreamReader r) throws XMLStreamException {
    return switch (r.getEventType()) {
      case XMLStreamConstants.START_ELEMENT ->
          ev.createStartElement(
              text(r.getPrefix()),
              text(r.getNamespaceURI()),
              r.getLocalName(),
              attributes(r),
              namespaces(r));
      case XMLStreamConstants.END_ELEMENT ->
          ev.createEndElement(
              text(r.getPrefix()), text(r.getNamespaceURI()), r.getLocalName(), namespaces(r));
      case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
          ev.createCharacters(r.getText());
      case XMLStreamConstants.CDATA -> ev.createCData(r.getText());
      case XMLStreamConstants.COMMENT -> ev.createComment(r.getText());
      case XMLStreamConstants.PROCESSING_INSTRUCTION ->
          ev.createProcessingInstruction(r.getPITarget(), r.getPIData());
      case XMLStreamConstants.START_DOCUMENT -> startDocument(r);
      case XMLStreamConstants.END_DOCUMENT -> ev.createEndDocument();
      default ->
          throw new XMLStreamException(
              "unexpected XML in a worksheet (event " + r.getEventType() + ")", r.getLocation());
    };
  }

  /** The declaration as the sheet had it: version, encoding, and standalone only if given. */
  private XMLEvent startDocument(XMLStreamReader r) {
    String version = r.getVersion() == null ? "1.0" : r.getVersion();
    String encoding = r.getEncoding() == null ? "UTF-8" : r.getEncoding();
    return r.standaloneSet()
        ? ev.createStartDocument(encoding, version, r.isStandalone())
        : ev.createStartDocument(encoding, version);
  }

  private Iterator<Attribute> attributes(XMLStreamReader r) {
    int n = r.getAttributeCount();
    if (n == 0) {
      return Collections.emptyIterator();
    }
    List<Attribute> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(
          ev.createAttribute(
              text(r.getAttributePrefix(i)),
              text(r.getAttributeNamespace(i)),
              r.getAttributeLocalName(i),
              r.getAttributeValue(i)));
    }
    return out.iterator();
  }

  private Iterator<Namespace> namespaces(XMLStreamReader r) {
    int n = r.getNamespaceCount();
    if (n == 0) {
      return Collections.emptyIterator();
    }
    List<Namespace> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String prefix = r.getNamespacePrefix(i);
      String uri = text(r.getNamespaceURI(i));
      out.add(
          prefix == null || prefix.isEmpty()
              ? ev.createNamespace(uri)
              : ev.createNamespace(prefix, uri));
    }
    return out.iterator();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }
}
