package uk.scorecard.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;

/**
 * How tall a row must be to show wrapped text: LibreOffice (and Excel for a row with a set height)
 * does not grow a row on opening, so a long caveat would be cut off.
 */
final class WrapHeight {

  private static final QName HT = new QName("ht");

  /** Points per line of 11-point text. */
  static final double LINE = 15;

  private WrapHeight() {}

  /** Lines that text takes in a column this many characters wide, counting its own breaks. */
  static int lines(String text, double widthChars) {
    double perLine = Math.max(1, widthChars * 1.1);
    int n = 0;
    for (String part : text.split("\\R", -1)) {
      n += Math.max(1, (int) Math.ceil(part.length() / perLine));
    }
    return n;
  }

  /** The height in points for that many lines. */
  static double points(int lines) {
    return lines * LINE;
  }

  /** The row, made tall enough for every wrapped caveat we write in it; it never shrinks. */
  static StartElement tallEnough(StartElement row, Collection<CellWrite> writes,
      IntToDoubleFunction widthOf, XMLEventFactory ev) {
    int lines = 1;
    for (CellWrite w : writes) {
      if (w.look() == CellWrite.Look.WRAP) {
        lines = Math.max(lines, lines(w.text(), widthOf.applyAsDouble(w.col())));
      }
    }
    double need = points(lines);
    Attribute ht = row.getAttributeByName(HT);
    double has = LINE;
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
