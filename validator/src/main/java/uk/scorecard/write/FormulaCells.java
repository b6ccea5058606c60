package uk.scorecard.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The formula cells a sheet patch overwrites. Any overwritten formula makes Excel's calculation
 * chain stale, so it must go. Overwriting the master cell of a shared formula would leave the rest
 * of the group without a formula, so the next cell of the group we keep becomes its master, with
 * the formula moved to its position (as Excel and POI do).
 */
final class FormulaCells {

  private static final QName T = new QName("t");
  private static final QName SI = new QName("si");
  private static final QName REF = new QName("ref");

  /** A shared formula whose master we overwrote: its text, position and range. */
  private record Orphan(String formula, int row, int col, CellRangeAddress range) {}

  private final XMLEventFactory ev;
  private final Map<String, Orphan> orphans = new HashMap<>();
  private boolean overwrote;

  FormulaCells(XMLEventFactory ev) {
    this.ev = ev;
  }

  /** Notes that we are replacing this cell (its events, or null for a cell we create). */
  void replacing(List<XMLEvent> cell, int row, int col) {
    int f = formulaAt(cell);
    if (f < 0) {
      return;
    }
    overwrote = true;
    StartElement s = cell.get(f).asStartElement();
    String text = textAfter(cell, f);
    if (isShared(s) && !text.isEmpty() && s.getAttributeByName(REF) != null
        && s.getAttributeByName(SI) != null) {
      orphans.put(s.getAttributeByName(SI).getValue(), new Orphan(text, row, col,
          CellRangeAddress.valueOf(s.getAttributeByName(REF).getValue())));
    }
  }

  /** The events of a cell we keep: as they were, or made the new master of an orphaned group. */
  List<XMLEvent> keeping(List<XMLEvent> cell, int row, int col) throws XMLStreamException {
    int f = orphans.isEmpty() ? -1 : formulaAt(cell);
    if (f < 0 || !isShared(cell.get(f).asStartElement()) || !textAfter(cell, f).isEmpty()) {
      return cell;
    }
    StartElement s = cell.get(f).asStartElement();
    Attribute si = s.getAttributeByName(SI);
    Orphan o = si == null ? null : orphans.get(si.getValue());
    if (o == null || !o.range().isInRange(row, col) || col < o.col()) {
      return cell;
    }
    orphans.remove(si.getValue());
    String moved = SharedFormulas.move(o.formula(), o.row(), o.col(), row, col);
    String range = new CellRangeAddress(row, o.range().getLastRow(), col,
        o.range().getLastColumn()).formatAsString();
    List<Attribute> attrs = new ArrayList<>();
    for (Iterator<Attribute> it = s.getAttributes(); it.hasNext(); ) {
      Attribute a = it.next();
      if (!a.getName().equals(REF)) {
        attrs.add(a);
      }
    }
    attrs.add(ev.createAttribute("ref", range));
    List<XMLEvent> out = new ArrayList<>(cell.subList(0, f));
    out.add(ev.createStartElement(s.getName(), attrs.iterator(), s.getNamespaces()));
    out.add(ev.createCharacters(moved));
    out.addAll(cell.subList(f + 1, cell.size()));
    return out;
  }

  /** Whether cells we keep may still need rewriting: a shared group has lost its master. */
  boolean pending() {
    return !orphans.isEmpty();
  }

  /** Whether we overwrote any formula cell, so the calculation chain is stale. */
  boolean overwroteFormula() {
    return overwrote;
  }

  private static boolean isShared(StartElement f) {
    Attribute t = f.getAttributeByName(T);
    return t != null && t.getValue().equals("shared");
  }

  /** The index of the cell's {@code <f>} start, or -1. */
  private static int formulaAt(List<XMLEvent> cell) {
    if (cell == null) {
      return -1;
    }
    for (int i = 1; i < cell.size(); i++) {
      XMLEvent e = cell.get(i);
      if (e.isStartElement() && e.asStartElement().getName().getLocalPart().equals("f")) {
        return i;
      }
    }
    return -1;
  }

  private static String textAfter(List<XMLEvent> cell, int start) {
    StringBuilder sb = new StringBuilder();
    for (int i = start + 1; i < cell.size() && !cell.get(i).isEndElement(); i++) {
      if (cell.get(i).isCharacters()) {
        sb.append(cell.get(i).asCharacters().getData());
      }
    }
    return sb.toString().strip();
  }
}
