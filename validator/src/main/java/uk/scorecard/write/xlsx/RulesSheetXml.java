package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.RulesSheetWords;
import uk.scorecard.write.plan.RulesSheet;

/**
 * Renders the Rules sheet (rate --live) as worksheet XML: a title, a line saying what the sheet is,
 * a header and one row per rule, with drop-down lists on the Polarity and Tolerance type columns,
 * and after the visible columns the hidden copies of the rule cells as we wrote them.
 */
final class RulesSheetXml {

  private static final double[] WIDTHS = {10, 45, 18, 10, 15, 11, 12, 12, 22, 26};

  /** Rows under the rules that the drop-down lists also cover, for rules an officer adds. */
  private static final int SPARE = 20;

  private RulesSheetXml() {}

  static void render(List<RulesSheet.Line> lines, Styles styles, String mainNs, OutputStream out)
      throws IOException {
    Writer x = OurSheetXml.open(out, mainNs, widths());
    x.append("<row r=\"1\">");
    text(x, 0, 0, RulesSheet.TITLE, styles.title());
    x.append("</row><row r=\"2\">");
    text(x, 1, 0, RulesSheet.ABOUT, 0);
    x.append("</row>");
    int header = RulesSheet.HEADER_ROW;
    int copies = RulesSheet.HEADERS.size();
    x.append("<row r=\"").append(Integer.toString(header + 1)).append("\">");
    for (int c = 0; c < copies; c++) {
      text(x, header, c, RulesSheet.HEADERS.get(c), styles.bold(0, true));
    }
    for (int i = 0; i < RulesSheetWords.RULES.size(); i++) {
      String h = RulesSheetWords.written(RulesSheetWords.RULES.get(i));
      text(x, header, copies + i, h, styles.bold(0, true));
    }
    x.append("</row>");
    for (int i = 0; i < lines.size(); i++) {
      RulesSheet.Line l = lines.get(i);
      int r = RulesSheet.FIRST + i;
      x.append("<row r=\"").append(Integer.toString(r + 1)).append("\">");
      List<Cell> shown = cells(l, styles);
      for (int c = 0; c < shown.size(); c++) {
        cell(x, r, c, shown.get(c));
      }
      // The hidden copies of what we wrote: the rule before any edit of the officer's we took.
      List<Cell> written = l.written() == l ? shown : cells(l.written(), styles);
      for (int j = 0; j < RulesSheetWords.RULES.size(); j++) {
        cell(
            x,
            r,
            copies + j,
            written.get(RulesSheet.HEADERS.indexOf(RulesSheetWords.RULES.get(j))));
      }
      x.append("</row>");
    }
    x.append("</sheetData>");
    validations(x, RulesSheet.FIRST + 1, RulesSheet.FIRST + lines.size() + SPARE);
    x.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\"")
        .append(" footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\"")
        .append(" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        .append("</worksheet>");
    x.flush();
  }

  /** A cell to write: text, or a number with a style; an empty text writes nothing. */
  private record Cell(String value, boolean number, int style) {}

  /** A line's cells in the order of {@link RulesSheet#HEADERS}; a part it lacks is empty. */
  private static List<Cell> cells(RulesSheet.Line l, Styles styles) {
    return List.of(
        new Cell(l.ref(), false, 0),
        new Cell(l.title(), false, 0),
        new Cell(l.polarity() == null ? "" : l.polarity().label(), false, 0),
        rule(l, l.target(), styles),
        new Cell(RulesSheet.type(l.tolerance()), false, 0),
        new Cell(RulesSheet.amount(l.tolerance()).toPlainString(), true, 0),
        rule(l, l.lower(), styles),
        rule(l, l.upper(), styles),
        new Cell(l.row(), false, 0),
        new Cell(l.own(), false, 0));
  }

  /** A number of the rule as the row's figures are held (a percentage as a fraction), if any. */
  private static Cell rule(RulesSheet.Line l, BigDecimal v, Styles styles) {
    if (v == null) {
      // Empty, but formatted as the row's figures, so a level typed there reads as they do.
      return new Cell("", false, l.k() == 100 ? styles.percent(0) : 0);
    }
    int style = l.k() == 100 ? styles.percent(RulesSheet.Line.places(v)) : 0;
    return new Cell(l.cell(v).toPlainString(), true, style);
  }

  /** The visible columns' widths, then the hidden copies' (0: hidden). */
  private static double[] widths() {
    double[] w = new double[RulesSheet.HEADERS.size() + RulesSheetWords.RULES.size()];
    for (int i = 0; i < RulesSheet.HEADERS.size(); i++) {
      w[i] = i < WIDTHS.length ? WIDTHS[i] : 12;
    }
    return w;
  }

  /** The drop-down lists: polarity and tolerance type, on the rows {@code from} to {@code to}. */
  private static void validations(Writer x, int from, int to) throws IOException {
    StringBuilder polarities = new StringBuilder();
    for (Polarity p : RulesSheet.POLARITIES) {
      polarities.append(polarities.length() == 0 ? "" : ",").append(p.label());
    }
    String types =
        String.join(",", RulesSheetWords.RELATIVE, RulesSheetWords.POINTS, RulesSheetWords.UNITS);
    x.append("<dataValidations count=\"2\">");
    list(x, RulesSheet.POLARITY, from, to, polarities.toString());
    list(x, RulesSheet.TYPE, from, to, types);
    x.append("</dataValidations>");
  }

  private static void list(Writer x, int col, int from, int to, String items) throws IOException {
    String c = CellRef.columnName(col);
    x.append("<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"")
        .append(c)
        .append(Integer.toString(from))
        .append(':')
        .append(c)
        .append(Integer.toString(to))
        .append("\"><formula1>&quot;")
        .append(ChecksSheetXml.escape(items))
        .append("&quot;</formula1></dataValidation>");
  }

  private static void cell(Writer x, int row, int col, Cell c) throws IOException {
    if (c.number()) {
      number(x, row, col, c.value(), c.style());
    } else {
      text(x, row, col, c.value(), c.style());
    }
  }

  private static void text(Writer x, int row, int col, String s, int style) throws IOException {
    if (s.isEmpty()) {
      if (style > 0) {
        cell(x, row, col, style);
        x.append("/>");
      }
      return;
    }
    cell(x, row, col, style);
    x.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
        .append(ChecksSheetXml.escape(s))
        .append("</t></is></c>");
  }

  private static void number(Writer x, int row, int col, String v, int style) throws IOException {
    cell(x, row, col, style);
    x.append("><v>").append(v).append("</v></c>");
  }

  private static void cell(Writer x, int row, int col, int style) throws IOException {
    x.append("<c r=\"").append(CellRef.a1(row, col)).append('"');
    if (style > 0) {
      x.append(" s=\"").append(Integer.toString(style)).append('"');
    }
  }
}
