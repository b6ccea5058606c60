package uk.scorecard.write.xlsx;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntToDoubleFunction;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import uk.scorecard.internal.xml.XmlText;
import uk.scorecard.model.CellRef;
import uk.scorecard.write.plan.CellWrite;

/** Rewrites one {@code <row>}: our cells replace or join the existing ones, in column order. */
final class RowPatcher {

  private static final QName R = new QName("r");
  private static final QName S = new QName("s");

  private final Styles styles;
  private final XMLEventFactory ev;
  private String prefix = "";
  private String ns = "";
  private int lastRow = -1;

  private final IntToDoubleFunction widthOf;

  RowPatcher(Styles styles, XMLEventFactory ev, IntToDoubleFunction widthOf) {
    this.widthOf = widthOf;
    this.styles = styles;
    this.ev = ev;
  }

  void namespace(String prefix, String ns) {
    this.prefix = prefix;
    this.ns = ns;
  }

  int lastRow() {
    return lastRow;
  }

  void seen(int row) {
    lastRow = row;
  }

  /** The events of a row element, from its start to its end. */
  static List<XMLEvent> collect(StartElement start, XMLEventReader r) throws XMLStreamException {
    List<XMLEvent> events = new ArrayList<>();
    events.add(start);
    int depth = 1;
    while (depth > 0) {
      XMLEvent e = r.nextEvent();
      depth += e.isStartElement() ? 1 : e.isEndElement() ? -1 : 0;
      events.add(e);
    }
    return events;
  }

  /** The zero-based row index of a row element; rows without {@code r} follow the previous one. */
  static int rowIndex(StartElement row, int previous) {
    Attribute r = row.getAttributeByName(R);
    try {
      return r == null ? previous + 1 : Integer.parseInt(r.getValue()) - 1;
    } catch (NumberFormatException e) {
      return previous + 1;
    }
  }

  /** Writes a row with our cells merged in; {@code events} is null for a row we create. */
  void patch(int row, List<XMLEvent> events, Map<Integer, CellWrite> writes, XMLEventWriter out)
      throws XMLStreamException {
    lastRow = row;
    TreeMap<Integer, List<XMLEvent>> cells = new TreeMap<>();
    List<XMLEvent> trailing = new ArrayList<>();
    StartElement rowStart = events == null ? null : events.get(0).asStartElement();
    if (events != null) {
      split(events, cells, trailing);
    }
    out.add(
        RowHeight.tallEnough(
            rowStart == null ? newRow(row) : withoutSpans(rowStart), writes.values(), widthOf, ev));
    TreeMap<Integer, Object> merged = new TreeMap<>(cells);
    merged.putAll(writes);
    for (var e : merged.entrySet()) {
      if (e.getValue() instanceof CellWrite w) {
        if (!w.overFormula()) {
          refuseFormula(cells.get(e.getKey()), row, e.getKey());
        }
        writeCell(
            LiveCell.resolve(w, cells),
            style(cells.get(e.getKey())),
            neighbourStyle(cells, e.getKey()),
            out);
      } else {
        for (XMLEvent x : cells.get(e.getKey())) {
          out.add(x);
        }
      }
    }
    for (XMLEvent x : trailing) {
      out.add(x);
    }
    out.add(ev.createEndElement(prefix, ns, "row"));
  }

  /**
   * A formula is the officer's: the plan never writes over one (rate.Ours), and should it ever try,
   * the write is refused rather than the formula lost.
   */
  private static void refuseFormula(List<XMLEvent> cell, int row, int col) {
    if (cell != null
        && cell.stream()
            .anyMatch(
                x ->
                    x.isStartElement()
                        && x.asStartElement().getName().getLocalPart().equals("f"))) {
      throw new IllegalStateException(
          "a write over the formula in " + new CellRef("", row, col).a1() + " was refused");
    }
  }

  /** Splits a row's children into cells by column, and anything else that follows them. */
  private static void split(
      List<XMLEvent> events, TreeMap<Integer, List<XMLEvent>> cells, List<XMLEvent> trailing) {
    int col = -1;
    List<XMLEvent> current = null;
    int depth = 0;
    for (XMLEvent e : events.subList(1, events.size() - 1)) {
      if (depth == 0
          && e.isStartElement()
          && e.asStartElement().getName().getLocalPart().equals("c")) {
        Attribute r = e.asStartElement().getAttributeByName(R);
        int named = r == null ? -1 : CellRef.columnOf(r.getValue());
        col = named >= 0 ? named : col + 1;
        current = new ArrayList<>();
        cells.put(col, current);
      } else if (depth == 0 && e.isStartElement()) {
        current = trailing;
      }
      if (current != null) {
        current.add(e);
      }
      depth += e.isStartElement() ? 1 : e.isEndElement() ? -1 : 0;
    }
  }

  private void writeCell(CellWrite w, int base, int neighbour, XMLEventWriter out)
      throws XMLStreamException {
    int s =
        switch (w.look()) {
          case KEEP -> base;
          case HEADER -> styles.bold(neighbour, true);
          case RAG -> styles.rag(base, w.rating());
          case WRAP -> styles.wrap(base);
        };
    String ref = CellRef.a1(w.row(), w.col());
    out.add(ev.createStartElement(prefix, ns, "c"));
    out.add(ev.createAttribute("r", ref));
    if (s > 0) {
      out.add(ev.createAttribute("s", Integer.toString(s)));
    }
    if (w.formula() != null) {
      LiveCell.write(w, ev, prefix, ns, out);
    } else if (!w.text().isEmpty()) {
      out.add(ev.createAttribute("t", "inlineStr"));
      out.add(ev.createStartElement(prefix, ns, "is"));
      out.add(ev.createStartElement(prefix, ns, "t"));
      out.add(ev.createAttribute("xml", XMLConstants.XML_NS_URI, "space", "preserve"));
      out.add(ev.createCharacters(XmlText.clean(w.text())));
      out.add(ev.createEndElement(prefix, ns, "t"));
      out.add(ev.createEndElement(prefix, ns, "is"));
    }
    out.add(ev.createEndElement(prefix, ns, "c"));
  }

  private static int style(List<XMLEvent> cell) {
    if (cell == null) {
      return 0;
    }
    Attribute s = cell.get(0).asStartElement().getAttributeByName(S);
    try {
      return s == null ? 0 : Integer.parseInt(s.getValue());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The style of the nearest existing cell to the left: a new header looks like its neighbour. */
  private static int neighbourStyle(TreeMap<Integer, List<XMLEvent>> cells, int col) {
    var left = cells.lowerEntry(col);
    return left == null ? 0 : style(left.getValue());
  }

  private StartElement newRow(int row) {
    return ev.createStartElement(
        prefix,
        ns,
        "row",
        List.of(ev.createAttribute("r", Integer.toString(row + 1))).iterator(),
        null);
  }

  private StartElement withoutSpans(StartElement row) {
    List<Attribute> attrs = new ArrayList<>();
    for (Iterator<Attribute> it = row.getAttributes(); it.hasNext(); ) {
      Attribute a = it.next();
      if (!a.getName().getLocalPart().equals("spans")) {
        attrs.add(a);
      }
    }
    return ev.createStartElement(row.getName(), attrs.iterator(), row.getNamespaces());
  }
}
