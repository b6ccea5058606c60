package uk.scorecard.read;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The fast reader's XML parsers: the JDK's, with document type declarations refused outright (so
 * no entity can expand), made here rather than through POI's helper so a plain workbook does not
 * start POI's logging.
 */
final class SecureXml {

  private static final SAXParserFactory SAX = sax();
  private static final XMLInputFactory STAX = newStax();

  private SecureXml() {}

  static XMLReader reader() throws ParserConfigurationException, SAXException {
    return SAX.newSAXParser().getXMLReader();
  }

  static XMLInputFactory stax() {
    return STAX;
  }

  private static XMLInputFactory newStax() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
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
}
