package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Polarity;
import uk.scorecard.write.plan.RulesSheet;

/**
 * Renders the Rules sheet (rate --live) as worksheet XML: a title, a line saying what the sheet is,
 * a header and one row per rule, with drop-down lists on the Polarity and Tolerance type columns.
 */
final class RulesSheetXml {

  private static final double[] WIDTHS = {10, 45, 18, 10, 15, 11, 12, 12, 22, 26};

  /** Rows under the rules that the drop-down lists also cover, for rules an officer adds. */
  private static final int SPARE = 20;

  private RulesSheetXml() {}

  static void render(List<RulesSheet.Line> lines, Styles styles, String mainNs, OutputStream out)
      throws IOException {
    Writer x = OurSheetXml.open(out, mainNs, WIDTHS);
    x.append("<row r=\"1\">");
    text(x, 0, 0, RulesSheet.TITLE, styles.title());
    x.append("</row><row r=\"2\">");
    text(x, 1, 0, RulesSheet.ABOUT, 0);
    x.append("</row>");
    int header = RulesSheet.HEADER_ROW;
    x.append("<row r=\"").append(Integer.toString(header + 1)).append("\">");
    for (int c = 0; c < RulesSheet.HEADERS.size(); c++) {
      text(x, header, c, RulesSheet.HEADERS.get(c), styles.bold(0, true));
    }
    x.append("</row>");
    for (int i = 0; i < lines.size(); i++) {
      RulesSheet.Line l = lines.get(i);
      int r = RulesSheet.FIRST + i;
      x.append("<row r=\"").append(Integer.toString(r + 1)).append("\">");
      text(x, r, 0, l.ref(), 0);
      text(x, r, 1, l.title(), 0);
      text(x, r, RulesSheet.POLARITY, l.polarity().label(), 0);
      rule(x, r, RulesSheet.TARGET, l, l.target(), styles);
      text(x, r, RulesSheet.TYPE, RulesSheet.type(l.tolerance()), 0);
      number(x, r, RulesSheet.AMOUNT, RulesSheet.amount(l.tolerance()).toPlainString(), 0);
      rule(x, r, RulesSheet.LOWER, l, l.lower(), styles);
      rule(x, r, RulesSheet.UPPER, l, l.upper(), styles);
      text(x, r, RulesSheet.UPPER + 1, l.row(), 0);
      text(x, r, RulesSheet.UPPER + 2, l.own(), 0);
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

  /** The drop-down lists: polarity and tolerance type, on the rows {@code from} to {@code to}. */
  private static void validations(Writer x, int from, int to) throws IOException {
    StringBuilder polarities = new StringBuilder();
    for (Polarity p : RulesSheet.POLARITIES) {
      polarities.append(polarities.length() == 0 ? "" : ",").append(p.label());
    }
    String types = String.join(",", RulesSheet.RELATIVE, RulesSheet.POINTS, RulesSheet.UNITS);
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

  /** A number of the rule as the row's figures are held (a percentage as a fraction), if any. */
  private static void rule(
      Writer x, int row, int col, RulesSheet.Line l, BigDecimal v, Styles styles)
      throws IOException {
    if (v != null) {
      int style = l.k() == 100 ? styles.percent(RulesSheet.Line.places(v)) : 0;
      number(x, row, col, l.cell(v).toPlainString(), style);
    }
  }

  private static void text(Writer x, int row, int col, String s, int style) throws IOException {
    if (s.isEmpty()) {
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
