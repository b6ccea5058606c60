package uk.scorecard.read.xlsx;

import java.math.BigDecimal;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import uk.scorecard.model.CellRef;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.read.grid.RawCell;

/**
 * Streams one worksheet's XML into a {@link Grid}, so even a large sheet is read without building
 * POI's object model. Cells without an address (some writers omit it) follow the previous one.
 * Shared strings are looked up afterwards ({@link #resolve}), so only those of kept cells are read;
 * reading stops at the row limit ({@link Stop}), so a long data sheet is not held.
 */
final class XlsxSheetHandler extends DefaultHandler {

  /** Thrown at the first row past the limit: the rest of the sheet is not read. */
  static final class Stop extends SAXException {
    Stop() {
      super("row limit");
    }
  }

  private final Grid grid;
  private final CellFormats formats;
  private final Limits limits;
  private final int rowLimit;
  private final StringBuilder text = new StringBuilder();

  /** Shared-string cells waiting for their text. */
  private final PendingStrings pending = new PendingStrings();

  private boolean stopped;
  private long cellsCounted;
  private long textCounted;

  private int row = -1;
  private int col = -1;
  private String type;
  private int style;
  private boolean inValue;
  private boolean inFormula;
  private boolean inInline;
  private boolean hasFormula;
  private String value;

  /** A plain number's value as {@link Numbers#compact} packs it, read without making a String. */
  private long packed = Numbers.NOT_COMPACT;

  private String formula;

  XlsxSheetHandler(Grid grid, CellFormats formats, Limits limits, int rowLimit) {
    this.grid = grid;
    this.formats = formats;
    this.limits = limits;
    this.rowLimit = rowLimit;
  }

  Grid grid() {
    return grid;
  }

  /** Cells this handler counted against the limits. */
  long cellsCounted() {
    return cellsCounted;
  }

  /** Characters of text this handler counted against the limits. */
  long textCounted() {
    return textCounted;
  }

  /** True when reading stopped at the row limit, before the end of the sheet. */
  boolean stopped() {
    return stopped;
  }

  /** The distinct shared-string indices the kept cells refer to. */
  IntStream sharedIndices() {
    return pending.indices();
  }

  /** Gives the shared-string cells their text (null reads as empty). */
  void resolve(IntFunction<String> strings) {
    pending.resolve(
        strings,
        (s, cell) -> {
          countText(s == null ? 0 : s.length()); // looked up after the row was counted
          grid.resolve(cell, s);
        });
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) throws Stop {
    switch (local) {
      case "row" -> {
        String r = atts.getValue("r");
        row = r == null ? row + 1 : Integer.parseInt(r) - 1;
        col = -1;
        if (row >= rowLimit) {
          stopped = true;
          throw new Stop();
        }
      }
      case "c" -> startCell(atts);
      case "v" -> startText(true, false);
      case "f" -> {
        hasFormula = true;
        startText(false, true);
      }
      case "is" -> inInline = true;
      case "t" -> {
        if (inInline) {
          inValue = true;
        }
      }
      case "mergeCell" -> addMerge(atts.getValue("ref"));
      default -> {}
    }
  }

  private void startCell(Attributes atts) {
    String r = atts.getValue("r");
    if (r != null) {
      int c = CellRef.columnOf(r);
      col = c >= 0 ? c : col + 1;
      int rr = CellRef.rowOf(r);
      if (rr >= 0) {
        row = rr;
      }
    } else {
      col++;
    }
    type = atts.getValue("t");
    String s = atts.getValue("s");
    style = s == null ? 0 : Integer.parseInt(s);
    hasFormula = false;
    value = null;
    packed = Numbers.NOT_COMPACT;
    formula = null;
    text.setLength(0);
  }

  private void startText(boolean v, boolean f) {
    inValue = v;
    inFormula = f;
    if (!inInline) {
      text.setLength(0);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inFormula) {
      text.append(ch, start, length);
      if (inFormula) {
        limits.checkFormula(text.length());
      } else {
        limits.checkText(text.length());
      }
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "v" -> {
        packed = isNumber() ? Numbers.compact(text) : Numbers.NOT_COMPACT;
        value = packed == Numbers.NOT_COMPACT ? text.toString() : null;
        inValue = false;
      }
      case "f" -> {
        formula = text.toString();
        inFormula = false;
      }
      case "t" -> {
        if (inInline) {
          inValue = false;
        }
      }
      case "is" -> {
        inInline = false;
        value = text.toString();
      }
      case "c" -> endCell();
      default -> {}
    }
  }

  private void endCell() {
    if (row < 0 || col < 0) {
      return;
    }
    limits.countCell();
    cellsCounted++;
    String fmt = formats.code(style);
    grid.indent(row, col, formats.indent(style));
    if ("s".equals(type) && value != null) {
      pending.add(grid.putPending(row, col, fmt, hasFormula), sharedIndex());
    } else if (packed != Numbers.NOT_COMPACT) {
      // The usual number, kept without a String, a BigDecimal or a RawCell.
      boolean date = fmt != null && formats.isDate(style);
      grid.putNumber(
          row,
          col,
          date ? RawCell.Kind.DATE : RawCell.Kind.NUMBER,
          packed >> 8,
          (byte) packed,
          fmt,
          hasFormula);
    } else {
      grid.put(toCell(fmt));
    }
  }

  private boolean isNumber() {
    return type == null || type.equals("n");
  }

  private RawCell toCell(String fmt) {
    // openpyxl saves a formula it never calculated with an empty value of no type: no result.
    boolean unsaved = hasFormula && value != null && value.isEmpty() && !"str".equals(type);
    if (value == null || unsaved) {
      return hasFormula
          ? new RawCell(row, col, RawCell.Kind.NO_RESULT, formula, null, fmt, true)
          : new RawCell(row, col, RawCell.Kind.BLANK, "", null, fmt, false);
    }
    String t = type == null ? "n" : type;
    return switch (t) {
      case "inlineStr", "str" -> textCell(value, fmt);
      case "b" ->
          new RawCell(
              row,
              col,
              RawCell.Kind.BOOLEAN,
              "1".equals(value) ? "TRUE" : "FALSE",
              null,
              fmt,
              hasFormula);
      case "e" -> new RawCell(row, col, RawCell.Kind.ERROR, value, null, fmt, hasFormula);
      default -> numberCell(fmt);
    };
  }

  private void countText(int length) {
    limits.addText(length);
    textCounted += length;
  }

  private RawCell textCell(String s, String fmt) {
    countText(s.length()); // a shared string is not streamed past the check in characters()
    return new RawCell(row, col, RawCell.Kind.TEXT, s, null, fmt, hasFormula);
  }

  private RawCell numberCell(String fmt) {
    BigDecimal n;
    try {
      n = Numbers.parse(value);
    } catch (NumberFormatException e) {
      return textCell(value, fmt);
    }
    boolean date = fmt != null && formats.isDate(style);
    return new RawCell(
        row, col, date ? RawCell.Kind.DATE : RawCell.Kind.NUMBER, null, n, fmt, hasFormula);
  }

  /** The shared-string index, carried in the number until resolved; -1 (empty) if unreadable. */
  private int sharedIndex() {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void addMerge(String ref) {
    if (ref == null || !ref.contains(":")) {
      return;
    }
    String[] ends = ref.split(":");
    int r1 = CellRef.rowOf(ends[0]);
    int c1 = CellRef.columnOf(ends[0]);
    int r2 = CellRef.rowOf(ends[1]);
    int c2 = CellRef.columnOf(ends[1]);
    if (r1 >= 0 && c1 >= 0 && r2 >= 0 && c2 >= 0) {
      grid.addMerge(new Grid.Merge(r1, c1, r2, c2));
    }
  }
}
