package uk.scorecard.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import org.apache.poi.ss.util.CellReference;

/** Widens a sheet's {@code <dimension ref>} to take in the columns we add. */
final class DimensionFix {

  private DimensionFix() {}

  static StartElement widen(XMLEventFactory ev, StartElement dim, int maxCol) {
    Attribute ref = dim.getAttributeByName(new javax.xml.namespace.QName("ref"));
    if (ref == null) {
      return dim;
    }
    String[] ends = ref.getValue().split(":");
    String last = ends[ends.length - 1];
    CellReference end;
    try {
      end = new CellReference(last);
    } catch (RuntimeException e) {
      return dim;
    }
    if (end.getCol() >= maxCol) {
      return dim;
    }
    String widened = ends[0] + ":" + CellReference.convertNumToColString(maxCol)
        + (end.getRow() + 1);
    List<Attribute> attrs = new ArrayList<>();
    for (Iterator<Attribute> it = dim.getAttributes(); it.hasNext(); ) {
      Attribute a = it.next();
      attrs.add(a.getName().getLocalPart().equals("ref") ? ev.createAttribute("ref", widened) : a);
    }
    return ev.createStartElement(dim.getName(), attrs.iterator(), dim.getNamespaces());
  }
}
