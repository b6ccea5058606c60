package uk.scorecard.write.xlsx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import uk.scorecard.write.plan.CellWrite;
import uk.scorecard.write.plan.WrapHeight;

/** A row element's height grown to show the wrapped caveats we write in it. */
final class RowHeight {

  private static final QName HT = new QName("ht");

  private RowHeight() {}

  /** The row, made tall enough for every wrapped caveat we write in it; it never shrinks. */
  static StartElement tallEnough(
      StartElement row,
      Collection<CellWrite> writes,
      IntToDoubleFunction widthOf,
      XMLEventFactory ev) {
    int lines = 1;
    for (CellWrite w : writes) {
      if (w.look() == CellWrite.Look.WRAP) {
        lines = Math.max(lines, WrapHeight.lines(w.text(), widthOf.applyAsDouble(w.col())));
      }
    }
    double need = WrapHeight.points(lines);
    Attribute ht = row.getAttributeByName(HT);
    double has = WrapHeight.LINE;
    try {
      has = ht == null ? has : Double.parseDouble(ht.getValue());
    } catch (NumberFormatException e) {
      // an unreadable height is treated as the default one
    }
    if (lines == 1 || need <= has) {
      return row;
    }
    List<Attribute> attrs = new ArrayList<>();
    for (Iterator<Attribute> it = row.getAttributes(); it.hasNext(); ) {
      Attribute a = it.next();
      if (!a.getName().equals(HT) && !a.getName().getLocalPart().equals("customHeight")) {
        attrs.add(a);
      }
    }
    attrs.add(ev.createAttribute("ht", Integer.toString((int) need)));
    attrs.add(ev.createAttribute("customHeight", "1"));
    return ev.createStartElement(row.getName(), attrs.iterator(), row.getNamespaces());
  }
}
