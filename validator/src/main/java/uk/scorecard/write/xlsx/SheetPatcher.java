package uk.scorecard.write.xlsx;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import uk.scorecard.internal.xml.SafeXml;
import uk.scorecard.write.plan.CellWrite;

/**
 * Streams one worksheet's XML through, rewriting only the rows we write to and the few sheet-level
 * elements that must know about them (dimension, column widths, the notes drawing).
 */
final class SheetPatcher {

  /** Elements that must come after {@code legacyDrawing} in a worksheet, per the schema. */
  private static final Set<String> AFTER_LEGACY =
      Set.of(
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst");

  private final TreeMap<Integer, Map<Integer, CellWrite>> pending;
  private final Map<Integer, Double> widths;
  private final String legacyDrawingId;
  private final RowPatcher rows;
  private final LiveRag live;
  private final XMLEventFactory ev = XMLEventFactory.newDefaultFactory();
  private XMLEventWriter out;
  private String prefix = "";
  private String ns = "";
  private boolean seenCols;
  private boolean legacyDone;
  private final List<double[]> colRanges = new ArrayList<>();

  /** The last column (zero-based) the officer's sheet used, from its dimension; MAX if unknown. */
  private int usedTo = Integer.MAX_VALUE;

  SheetPatcher(
      Map<Integer, Map<Integer, CellWrite>> writes,
      Map<Integer, Double> widths,
      Styles styles,
      String legacyDrawingId,
      LiveRag live) {
    this.live = live;
    this.pending = new TreeMap<>(writes);
    this.widths = widths;
    this.legacyDrawingId = legacyDrawingId;
    this.rows = new RowPatcher(styles, ev, this::widthOf);
    this.legacyDone = legacyDrawingId == null;
  }

  /** Copies the sheet from {@code in} to {@code out} with our cells written. */
  void patch(InputStream in, OutputStream os) throws XMLStreamException {
    XMLEventReader r = SafeXml.staxEvents().createXMLEventReader(in);
    // Through a Writer: the StAX writer's own UTF-8 stream writes a character at a time.
    out =
        SafeXml.output()
            .createXMLEventWriter(
                new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8),
                    1 << 14));
    int depth = 0;
    while (r.hasNext()) {
      XMLEvent e = r.nextEvent();
      if (e.isStartElement()) {
        StartElement s = e.asStartElement();
        String name = s.getName().getLocalPart();
        if (depth == 0) {
          prefix = s.getName().getPrefix();
          ns = s.getName().getNamespaceURI();
          rows.namespace(prefix, ns);
        }
        if (depth == 1) {
          e = beforeTopLevel(name, s);
        }
        if (depth == 1 && name.equals("conditionalFormatting")) {
          List<XMLEvent> cf = RowPatcher.collect(s, r);
          if (!live.isOurs(cf)) {
            for (XMLEvent x : cf) {
              out.add(x);
            }
          }
          continue;
        }
        if (depth == 2 && name.equals("row")) {
          rowEvent(s, r);
          continue;
        }
        if (depth == 2 && name.equals("col")) {
          colRanges.add(new double[] {intAttr(s, "min"), intAttr(s, "max"), width(s)});
        }
        depth++;
      } else if (e.isEndElement()) {
        depth--;
        String name = e.asEndElement().getName().getLocalPart();
        if (depth == 1 && name.equals("sheetData")) {
          flushPending(Integer.MAX_VALUE);
        } else if (depth == 1 && name.equals("cols")) {
          addCols();
        } else if (depth == 0) {
          live.write(out, ev, prefix, ns);
          legacyDrawing();
        }
      }
      out.add(e);
    }
    out.flush();
  }

  private XMLEvent beforeTopLevel(String name, StartElement s) throws XMLStreamException {
    if (LiveRag.AFTER.contains(name)) {
      live.write(out, ev, prefix, ns);
    }
    switch (name) {
      case "dimension" -> {
        Attribute ref = s.getAttributeByName(new javax.xml.namespace.QName("ref"));
        usedTo = ref == null ? Integer.MAX_VALUE : lastCol(ref.getValue());
        return DimensionFix.widen(ev, s, maxWriteCol());
      }
      case "cols" -> seenCols = true;
      case "sheetData" -> {
        if (!seenCols && !widths.isEmpty()) {
          out.add(ev.createStartElement(prefix, ns, "cols"));
          addCols();
          out.add(ev.createEndElement(prefix, ns, "cols"));
        }
      }
      case "legacyDrawing" -> legacyDone = true;
      default -> {
        if (AFTER_LEGACY.contains(name)) {
          legacyDrawing();
        }
      }
    }
    return s;
  }

  private void rowEvent(StartElement start, XMLEventReader r) throws XMLStreamException {
    List<XMLEvent> events = RowPatcher.collect(start, r);
    int row = RowPatcher.rowIndex(start, rows.lastRow());
    flushPending(row);
    Map<Integer, CellWrite> writes = pending.remove(row);
    if (writes == null) {
      rows.seen(row);
      for (XMLEvent x : events) {
        out.add(x);
      }
    } else {
      rows.patch(row, events, writes, out);
    }
  }

  /** Writes rows we add that come before {@code row} (rows that did not exist in the sheet). */
  private void flushPending(int row) throws XMLStreamException {
    while (!pending.isEmpty() && pending.firstKey() < row) {
      var first = pending.pollFirstEntry();
      rows.patch(first.getKey(), null, first.getValue(), out);
    }
  }

  private void addCols() throws XMLStreamException {
    for (var w : widths.entrySet()) {
      int c = w.getKey() + 1;
      if (colRanges.stream().anyMatch(rg -> c >= rg[0] && c <= rg[1])) {
        continue;
      }
      // Attributes go in through the event, as a parser would give them, so a later run that
      // copies this element writes it back byte for byte.
      out.add(ev.createStartElement(prefix, ns, "col", cols(c, w.getValue()).iterator(), null));
      out.add(ev.createEndElement(prefix, ns, "col"));
    }
  }

  /** A column's attributes; a width of 0 is one of our hidden helper columns (rate --live). */
  private List<Attribute> cols(int c, double width) {
    List<Attribute> a = new ArrayList<>();
    a.add(ev.createAttribute("min", Integer.toString(c)));
    a.add(ev.createAttribute("max", Integer.toString(c)));
    a.add(ev.createAttribute("width", Double.toString(width > 0 ? width : 12)));
    // A helper is hidden only where the officer's sheet has nothing: hiding a column hides
    // every row of it, and their cells above or below the table must stay in sight.
    if (width <= 0 && c - 1 > usedTo) {
      a.add(ev.createAttribute("hidden", "1"));
    }
    a.add(ev.createAttribute("customWidth", "1"));
    return a;
  }

  private void legacyDrawing() throws XMLStreamException {
    if (legacyDone) {
      return;
    }
    legacyDone = true;
    out.add(
        ev.createStartElement(
            prefix,
            ns,
            "legacyDrawing",
            List.of(ev.createAttribute("r", Rels.OFFICE, "id", legacyDrawingId)).iterator(),
            List.of(ev.createNamespace("r", Rels.OFFICE)).iterator()));
    out.add(ev.createEndElement(prefix, ns, "legacyDrawing"));
  }

  /** A column's width in characters: ours, the sheet's, or Excel's default. */
  private double widthOf(int col) {
    if (widths.containsKey(col)) {
      return widths.get(col) > 0 ? widths.get(col) : 12; // 0: a hidden helper
    }
    return colRanges.stream()
        .filter(rg -> col + 1 >= rg[0] && col + 1 <= rg[1] && rg[2] > 0)
        .mapToDouble(rg -> rg[2])
        .findFirst()
        .orElse(8.43);
  }

  private static double width(StartElement s) {
    Attribute a = s.getAttributeByName(new javax.xml.namespace.QName("width"));
    try {
      return a == null ? 0 : Double.parseDouble(a.getValue());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The last column of a dimension ref such as {@code A1:K20}; MAX when it cannot say. */
  private static int lastCol(String ref) {
    String last = ref.substring(ref.indexOf(':') + 1);
    int col = uk.scorecard.model.CellRef.columnOf(last);
    return col < 0 ? Integer.MAX_VALUE : col;
  }

  private int maxWriteCol() {
    return pending.values().stream()
        .flatMap(m -> m.keySet().stream())
        .mapToInt(Integer::intValue)
        .max()
        .orElse(0);
  }

  private static int intAttr(StartElement s, String name) {
    Attribute a = s.getAttributeByName(new javax.xml.namespace.QName(name));
    try {
      return a == null ? 0 : Integer.parseInt(a.getValue());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
