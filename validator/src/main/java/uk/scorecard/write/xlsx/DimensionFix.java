package uk.scorecard.write.xlsx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import uk.scorecard.model.CellRef;

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
    int endCol = CellRef.columnOf(last);
    int endRow = CellRef.rowOf(last);
    if (endCol < 0 || endRow < 0 || endCol >= maxCol) {
      return dim;
    }
    String widened = ends[0] + ":" + CellRef.a1(endRow, maxCol);
    List<Attribute> attrs = new ArrayList<>();
    for (Iterator<Attribute> it = dim.getAttributes(); it.hasNext(); ) {
      Attribute a = it.next();
      attrs.add(a.getName().getLocalPart().equals("ref") ? ev.createAttribute("ref", widened) : a);
    }
    return ev.createStartElement(dim.getName(), attrs.iterator(), dim.getNamespaces());
  }
}
