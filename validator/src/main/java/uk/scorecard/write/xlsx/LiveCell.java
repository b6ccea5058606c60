package uk.scorecard.write.xlsx;

import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.XMLEvent;
import uk.scorecard.internal.xml.XmlText;
import uk.scorecard.write.plan.CellWrite;

/**
 * A live cell's formula and cached value (rate --live): {@code <c t="str"><f>…</f><v>Green</v>} for
 * words, a plain {@code <v>} for the helpers' numbers. So previews, data-only readers and
 * LibreOffice's default show the engine's answer before anything recalculates.
 */
final class LiveCell {

  private static final QName T = new QName("t");

  private LiveCell() {}

  /**
   * The write with the formula it can use in this row: one that reads the Target cell only when
   * that cell holds the number the engine rated against, else the one with the target written in.
   */
  static CellWrite resolve(CellWrite w, Map<Integer, List<XMLEvent>> row) {
    CellWrite.Formula f = w.formula();
    if (f == null || f.fallback() == null) {
      return w;
    }
    Double v = number(row.get(f.checkCol()));
    boolean same = v != null && Math.abs(v - f.checkValue()) <= 1e-9 * Math.max(1, Math.abs(v));
    return same ? w : w.live(new CellWrite.Formula(f.fallback(), f.number()));
  }

  /** Writes the type attribute, formula and cached value, after the cell's other attributes. */
  static void write(CellWrite w, XMLEventFactory ev, String prefix, String ns, XMLEventWriter out)
      throws XMLStreamException {
    if (!w.formula().number()) {
      out.add(ev.createAttribute("t", "str"));
    }
    out.add(ev.createStartElement(prefix, ns, "f"));
    out.add(ev.createCharacters(w.formula().text()));
    out.add(ev.createEndElement(prefix, ns, "f"));
    out.add(ev.createStartElement(prefix, ns, "v"));
    out.add(ev.createCharacters(XmlText.clean(w.text())));
    out.add(ev.createEndElement(prefix, ns, "v"));
  }

  /** The number a cell holds (its cached value when a formula), or null for anything else. */
  private static Double number(List<XMLEvent> cell) {
    if (cell == null) {
      return null;
    }
    Attribute t = cell.get(0).asStartElement().getAttributeByName(T);
    if (t != null && !t.getValue().equals("n")) {
      return null;
    }
    for (int i = 0; i + 1 < cell.size(); i++) {
      XMLEvent e = cell.get(i);
      if (e.isStartElement()
          && e.asStartElement().getName().getLocalPart().equals("v")
          && cell.get(i + 1).isCharacters()) {
        try {
          return Double.parseDouble(cell.get(i + 1).asCharacters().getData().strip());
        } catch (NumberFormatException x) {
          return null;
        }
      }
    }
    return null;
  }
}
