package uk.scorecard.write.xlsx;

import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.scorecard.internal.xml.SafeXml;
import uk.scorecard.model.CellRef;

/**
 * A worksheet read as a stream of what the self-check compares: each sheet-level element (merges,
 * validations, rules, links...) in canonical form, and each row with its cells by column.
 */
final class SheetItems {

  /** An item of the sheet: a sheet-level element or a row. */
  sealed interface Item {}

  /** A sheet-level element by local name, in canonical form; each {@code col} is its own item. */
  record Top(String name, String canon) implements Item {}

  /**
   * A row: its zero-based index and attributes; for a row holding a cell of ours each cell's
   * canonical form by column, else the whole row in canonical form ({@code whole}), which is all a
   * row we did not write to needs and much cheaper in a short run.
   */
  record Row(
      int index,
      Map<String, String> attributes,
      TreeMap<Integer, String> cells,
      String other,
      String whole)
      implements Item {}

  private final XMLStreamReader r;
  private final SheetKept.Owned owned;
  private boolean inSheetData;
  private boolean inCols;
  private int lastRow = -1;

  SheetItems(InputStream in, SheetKept.Owned owned) throws XMLStreamException {
    this.r = SafeXml.stax().createXMLStreamReader(in);
    this.owned = owned;
    while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
      // up to the worksheet element
    }
  }

  /** The next item, or null at the end of the sheet. */
  @Nullable Item next() throws XMLStreamException {
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        inSheetData = inSheetData && !r.getLocalName().equals("sheetData");
        inCols = inCols && !r.getLocalName().equals("cols");
      } else if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (inSheetData) {
          return row();
        }
        if (name.equals("sheetData")) {
          inSheetData = true;
        } else if (name.equals("cols") && !inCols) {
          inCols = true;
        } else {
          return new Top(inCols ? "col" : name, XmlCanon.element(r));
        }
      }
    }
    return null;
  }

  private Row row() throws XMLStreamException {
    Map<String, String> attrs = XmlCanon.attributes(r);
    String ref = attrs.get("r");
    int index = ref == null ? lastRow + 1 : parse(ref, lastRow + 1);
    lastRow = index;
    if (!owned.rowHasAny(index)) {
      return new Row(index, attrs, null, "", XmlCanon.element(r));
    }
    TreeMap<Integer, String> cells = new TreeMap<>();
    StringBuilder other = new StringBuilder();
    int col = -1;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("c")) {
          String a1 = r.getAttributeValue(null, "r");
          int c = a1 == null ? -1 : CellRef.columnOf(a1);
          col = c >= 0 ? c : col + 1;
          cells.put(col, XmlCanon.element(r));
        } else {
          other.append(XmlCanon.element(r));
        }
      }
    }
    return new Row(index, attrs, cells, other.toString(), null);
  }

  private static int parse(String ref, int fallback) {
    try {
      return Integer.parseInt(ref.strip()) - 1;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
