package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import uk.scorecard.model.CellRef;
import uk.scorecard.write.plan.NotKept;

/**
 * Compares a patched worksheet with the officer's, row by row as both stream: every cell we do not
 * own keeps its value, formula, type and style; every sheet-level element (merges, validations,
 * conditional formats, hyperlinks, panes, print settings...) is as it was, but for the column
 * widths, notes drawing and live rules we add.
 */
final class SheetKept {

  private final String sheet;
  private final Owned owned;
  private final Set<String> liveRanges;
  private final List<SheetItems.Top> before = new ArrayList<>();
  private final List<SheetItems.Top> after = new ArrayList<>();

  /** Which cells of the sheet are ours to change. */
  interface Owned {
    boolean contains(int row, int col);

    boolean rowHasAny(int row);
  }

  private SheetKept(String sheet, Owned owned, Set<String> liveRanges) {
    this.sheet = sheet;
    this.owned = owned;
    this.liveRanges = liveRanges;
  }

  /** Fails when the patched sheet lost or changed anything of the officer's. */
  static void check(
      String sheet, InputStream original, InputStream patched, Owned owned, Set<String> liveRanges)
      throws IOException, NotKept {
    try {
      new SheetKept(sheet, owned, liveRanges)
          .compare(new SheetItems(original, owned), new SheetItems(patched, owned));
    } catch (XMLStreamException e) {
      throw new NotKept("sheet '" + sheet + "' could not be read back");
    }
  }

  private void compare(SheetItems in, SheetItems out) throws XMLStreamException, NotKept {
    SheetItems.Row pending = nextRow(out);
    for (SheetItems.Item i = in.next(); i != null; i = in.next()) {
      if (i instanceof SheetItems.Top t) {
        before.add(t);
        continue;
      }
      SheetItems.Row row = (SheetItems.Row) i;
      while (pending != null && pending.index() < row.index()) {
        added(pending);
        pending = nextRow(out);
      }
      if (pending == null || pending.index() != row.index()) {
        throw new NotKept(where(row.index(), -1) + ": a row of the sheet is missing");
      }
      sameRow(row, pending);
      pending = nextRow(out);
    }
    for (; pending != null; pending = nextRow(out)) {
      added(pending);
    }
    sameTops();
  }

  /** The next row of the patched sheet, gathering the sheet-level elements passed on the way. */
  private SheetItems.Row nextRow(SheetItems out) throws XMLStreamException {
    for (SheetItems.Item i = out.next(); i != null; i = out.next()) {
      if (i instanceof SheetItems.Row r) {
        return r;
      }
      after.add((SheetItems.Top) i);
    }
    return null;
  }

  /** A row we added holds only cells of ours. */
  private void added(SheetItems.Row row) throws NotKept {
    if (row.cells() == null) {
      throw new NotKept(where(row.index(), -1) + ": a row was added that is not ours");
    }
    for (int col : row.cells().keySet()) {
      if (!owned.contains(row.index(), col)) {
        throw new NotKept(where(row.index(), col) + ": a cell was added that is not ours");
      }
    }
  }

  private void sameRow(SheetItems.Row a, SheetItems.Row b) throws NotKept {
    if (a.whole() != null) {
      // A row we did not write to comes through whole: attributes, cells and all.
      if (!a.whole().equals(b.whole())) {
        throw new NotKept(
            where(a.index(), firstCell(a.whole(), b.whole())) + ": a row of the officer's changed");
      }
      return;
    }
    Map<String, String> ra = new HashMap<>(a.attributes());
    Map<String, String> rb = new HashMap<>(b.attributes());
    for (Map<String, String> m : List.of(ra, rb)) {
      m.remove("spans");
      if (owned.rowHasAny(a.index())) {
        // A row grows to show a caveat we wrote.
        m.remove("ht");
        m.remove("customHeight");
      }
    }
    if (!ra.equals(rb) || !a.other().equals(b.other())) {
      throw new NotKept(where(a.index(), -1) + ": the row's format changed");
    }
    for (var e : a.cells().entrySet()) {
      int col = e.getKey();
      if (owned.contains(a.index(), col)) {
        continue;
      }
      String now = b.cells().get(col);
      if (now == null) {
        throw new NotKept(where(a.index(), col) + ": a cell of the officer's is missing");
      }
      if (!now.equals(e.getValue())) {
        throw new NotKept(where(a.index(), col) + ": a cell of the officer's changed");
      }
    }
    for (int col : b.cells().keySet()) {
      if (!a.cells().containsKey(col) && !owned.contains(a.index(), col)) {
        throw new NotKept(where(a.index(), col) + ": a cell was added that is not ours");
      }
    }
  }

  private void sameTops() throws NotKept {
    List<String> a = tops(before, false);
    List<String> b = tops(after, true);
    if (!a.equals(b)) {
      String first = firstDifference(a, b);
      throw new NotKept("sheet '" + sheet + "': " + first + " changed");
    }
    List<String> colsBefore = cols(before);
    List<String> colsAfter = cols(after);
    int j = 0;
    for (String c : colsBefore) {
      while (j < colsAfter.size() && !colsAfter.get(j).equals(c)) {
        j++;
      }
      if (j++ >= colsAfter.size()) {
        throw new NotKept("sheet '" + sheet + "': a column's width or format changed");
      }
    }
  }

  /** Sheet-level elements to compare: all but the ones we may add or widen. */
  private List<String> tops(List<SheetItems.Top> items, boolean patched) {
    List<String> out = new ArrayList<>();
    boolean hadLegacy = before.stream().anyMatch(t -> t.name().equals("legacyDrawing"));
    for (SheetItems.Top t : items) {
      switch (t.name()) {
        case "dimension", "col" -> {}
        case "legacyDrawing" -> {
          if (hadLegacy || !patched) {
            out.add(t.canon());
          }
        }
        case "conditionalFormatting" -> {
          if (!LiveRag.isOursShaped(t.canon(), liveRanges)
              && !ProblemMarks.isOursShaped(t.canon())) {
            out.add(t.canon());
          }
        }
        default -> out.add(t.canon());
      }
    }
    return out;
  }

  private static List<String> cols(List<SheetItems.Top> items) {
    return items.stream().filter(t -> t.name().equals("col")).map(SheetItems.Top::canon).toList();
  }

  private static String firstDifference(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      if (!a.get(i).equals(b.get(i))) {
        return "a sheet-level element (" + element(a.get(i)) + ")";
      }
    }
    return a.size() > b.size()
        ? "a sheet-level element (" + element(a.get(b.size())) + ")"
        : "the sheet-level elements";
  }

  private static String element(String canon) {
    int close = canon.indexOf('}');
    int end = canon.indexOf(close >= 0 ? ' ' : '>', Math.max(close, 0));
    String name = canon.substring(close >= 0 ? close + 1 : 1, end < 0 ? canon.length() : end);
    return name.endsWith(">") ? name.substring(0, name.length() - 1) : name;
  }

  /** The column of the first cell where two whole rows differ, or -1 when it is not a cell. */
  private static int firstCell(String a, String b) {
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    int start = a.lastIndexOf("<c r=\"", i);
    if (start < 0) {
      return -1;
    }
    int end = a.indexOf('"', start + 6);
    return end < 0 ? -1 : CellRef.columnOf(a.substring(start + 6, end));
  }

  private String where(int row, int col) {
    return "sheet '"
        + sheet
        + "' "
        + (col < 0 ? "row " + (row + 1) : new CellRef(sheet, row, col).a1());
  }
}
