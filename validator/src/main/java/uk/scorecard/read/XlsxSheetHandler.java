package uk.scorecard.read;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML into a {@link Grid}, so even a large sheet is read without building
 * POI's object model. Cells without an address (some writers omit it) follow the previous one.
 */
final class XlsxSheetHandler extends DefaultHandler {

  private final Grid grid;
  private final SharedStrings strings;
  private final StylesTable styles;
  private final Limits limits;
  private final StringBuilder text = new StringBuilder();

  private int row = -1;
  private int col = -1;
  private String type;
  private int style;
  private boolean inValue;
  private boolean inFormula;
  private boolean inInline;
  private boolean hasFormula;
  private String value;
  private String formula;

  XlsxSheetHandler(Grid grid, SharedStrings strings, StylesTable styles, Limits limits) {
    this.grid = grid;
    this.strings = strings;
    this.styles = styles;
    this.limits = limits;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    switch (local) {
      case "row" -> {
        String r = atts.getValue("r");
        row = r == null ? row + 1 : Integer.parseInt(r) - 1;
        col = -1;
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
      default -> { }
    }
  }

  private void startCell(Attributes atts) {
    String r = atts.getValue("r");
    if (r != null) {
      CellReference ref = new CellReference(r);
      col = ref.getCol();
      if (ref.getRow() >= 0) {
        row = ref.getRow();
      }
    } else {
      col++;
    }
    type = atts.getValue("t");
    String s = atts.getValue("s");
    style = s == null ? 0 : Integer.parseInt(s);
    hasFormula = false;
    value = null;
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
        value = text.toString();
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
      default -> { }
    }
  }

  private void endCell() {
    if (row < 0 || col < 0) {
      return;
    }
    limits.countCell();
    String fmt = format();
    grid.put(toCell(fmt));
  }

  private RawCell toCell(String fmt) {
    if (value == null) {
      return hasFormula
          ? new RawCell(row, col, RawCell.Kind.NO_RESULT, formula, null, fmt, true)
          : new RawCell(row, col, RawCell.Kind.BLANK, "", null, fmt, false);
    }
    String t = type == null ? "n" : type;
    return switch (t) {
      case "s" -> textCell(sharedString(), fmt);
      case "inlineStr", "str" -> textCell(value, fmt);
      case "b" -> new RawCell(row, col, RawCell.Kind.BOOLEAN, "1".equals(value) ? "TRUE" : "FALSE",
          null, fmt, hasFormula);
      case "e" -> new RawCell(row, col, RawCell.Kind.ERROR, value, null, fmt, hasFormula);
      default -> numberCell(fmt);
    };
  }

  private RawCell textCell(String s, String fmt) {
    limits.addText(s.length()); // a shared string is not streamed past the check in characters()
    return new RawCell(row, col, RawCell.Kind.TEXT, s, null, fmt, hasFormula);
  }

  private RawCell numberCell(String fmt) {
    BigDecimal n;
    try {
      n = Numbers.parse(value);
    } catch (NumberFormatException e) {
      return textCell(value, fmt);
    }
    boolean date = fmt != null && DateUtil.isADateFormat(formatIndex(), fmt);
    return new RawCell(row, col, date ? RawCell.Kind.DATE : RawCell.Kind.NUMBER, null, n, fmt,
        hasFormula);
  }

  private String sharedString() {
    try {
      return strings.getItemAt(Integer.parseInt(value.trim())).getString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private String format() {
    if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
      return null;
    }
    XSSFCellStyle cs = styles.getStyleAt(style);
    return cs == null ? null : cs.getDataFormatString();
  }

  private int formatIndex() {
    if (styles == null || style < 0 || style >= styles.getNumCellStyles()) {
      return 0;
    }
    return styles.getStyleAt(style).getDataFormat();
  }

  private void addMerge(String ref) {
    if (ref == null || !ref.contains(":")) {
      return;
    }
    String[] ends = ref.split(":");
    CellReference a = new CellReference(ends[0]);
    CellReference b = new CellReference(ends[1]);
    grid.addMerge(new Grid.Merge(a.getRow(), a.getCol(), b.getRow(), b.getCol()));
  }
}
