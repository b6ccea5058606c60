package uk.scorecard.internal.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Every XML parser and writer we use, made once and made safe: the JDK's own (not through POI's
 * helper, so a plain workbook does not start POI's logging), refusing document type declarations
 * outright, and with an error handler that throws rather than prints "[Fatal Error] …".
 */
public final class SafeXml {

  /** Throws every error and fatal error; warnings are ignored. Never prints. */
  public static final ErrorHandler QUIET =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // Nothing a reader acts on.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private static final SAXParserFactory SAX = sax();
  private static final XMLInputFactory STAX = stax(false);
  private static final XMLInputFactory STAX_EVENTS = stax(true);
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();
  // Builders are not thread-safe and slow to make, so each thread keeps its own.
  private static final ThreadLocal<DocumentBuilder> DOM = ThreadLocal.withInitial(SafeXml::dom);

  private SafeXml() {}

  /** A namespace-aware SAX reader that refuses document type declarations. */
  public static XMLReader saxReader() throws ParserConfigurationException, SAXException {
    XMLReader r = SAX.newSAXParser().getXMLReader();
    r.setErrorHandler(QUIET);
    return r;
  }

  /** The StAX input factory: no document types, no external entities, text not coalesced. */
  public static XMLInputFactory stax() {
    return STAX;
  }

  /** The same, making events through the event factory ({@link Events}), for event readers. */
  public static XMLInputFactory staxEvents() {
    return STAX_EVENTS;
  }

  /** The StAX output factory. */
  public static XMLOutputFactory output() {
    return OUTPUT;
  }

  /** Parses a whole small part into a document, document types and external entities refused. */
  public static Document parse(byte[] bytes) throws IOException {
    DocumentBuilder b = DOM.get();
    try {
      return b.parse(new ByteArrayInputStream(bytes));
    } catch (SAXException e) {
      throw new IOException("unreadable XML part: " + e.getMessage(), e);
    } finally {
      b.reset();
      b.setErrorHandler(QUIET);
    }
  }

  private static XMLInputFactory stax(boolean events) {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    if (events) {
      f.setEventAllocator(new Events());
    }
    return f;
  }

  private static SAXParserFactory sax() {
    try {
      SAXParserFactory f = SAXParserFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      return f;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }

  private static DocumentBuilder dom() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(QUIET);
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }
}
