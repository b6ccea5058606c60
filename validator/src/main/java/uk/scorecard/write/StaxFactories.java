package uk.scorecard.write;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/** StAX factories configured once: no DTDs, no external entities. */
final class StaxFactories {

  private static final XMLInputFactory INPUT = createInput();
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

  private StaxFactories() {}

  static XMLInputFactory input() {
    return INPUT;
  }

  static XMLOutputFactory output() {
    return OUTPUT;
  }

  private static XMLInputFactory createInput() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setEventAllocator(new Events());
    return f;
  }
}
