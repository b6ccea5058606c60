package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import uk.scorecard.internal.xml.XmlText;
import uk.scorecard.model.CellRef;
import uk.scorecard.write.plan.ChecksContent;
import uk.scorecard.write.plan.ChecksContent.Cell;
import uk.scorecard.write.plan.ChecksHeading;
import uk.scorecard.write.plan.ChecksPrint;
import uk.scorecard.write.plan.WrapHeight;

/**
 * Renders the Checks sheet as worksheet XML, printing on A4 landscape, one page wide (at about 9
 * pt: its columns are 170 characters), with a header and footer naming it and numbering pages.
 */
final class ChecksSheetXml {

  private ChecksSheetXml() {}

  /**
   * Writes the sheet to {@code out} as it is made, so a Checks sheet of fifty thousand findings is
   * never held whole (built in strings, it took five copies of itself at once).
   */
  static void render(
      List<List<Cell>> rows, ChecksHeading heading, Styles styles, String mainNs, OutputStream out)
      throws IOException {
    Writer x = OurSheetXml.open(out, mainNs, ChecksContent.WIDTHS);
    boolean linked = false;
    boolean sentences = false;
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      if (row.isEmpty()) {
        continue;
      }
      x.append("<row r=\"")
          .append(Integer.toString(r + 1))
          .append('"')
          .append(height(row))
          .append('>');
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        x.append("<c r=\"")
            .append(CellRef.a1(r, c))
            .append("\" s=\"")
            .append(Integer.toString(style(cell, styles)));
        if (cell.formula() != null) {
          // A live count (rate --live): the formula, with our count as its cached value.
          x.append("\"><f>")
              .append(escape(cell.formula()))
              .append("</f><v>")
              .append(escape(cell.text()))
              .append("</v></c>");
        } else if (cell.look() == ChecksContent.Look.COUNT) {
          // A number, not text: Excel flags digits stored as text with a green triangle.
          x.append("\"><v>").append(escape(cell.text())).append("</v></c>");
        } else {
          x.append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
              .append(escape(cell.text()))
              .append("</t></is></c>");
        }
        linked |= cell.link() != null;
        sentences |= cell.look() == ChecksContent.Look.SENTENCE;
      }
      x.append("</row>");
    }
    x.append("</sheetData>");
    if (sentences) {
      sentenceMerges(rows, x);
    }
    if (linked) {
      links(rows, x);
    }
    x.append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\"")
        .append(" footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\"")
        .append(" fitToWidth=\"1\" fitToHeight=\"0\"/>")
        .append("<headerFooter><oddHeader>")
        .append(escape(ChecksPrint.code(ChecksPrint.header(heading))))
        .append("</oddHeader><oddFooter>")
        .append(escape(ChecksPrint.code(ChecksPrint.footer(heading))))
        .append("</oddFooter></headerFooter>")
        .append("</worksheet>");
    x.flush();
  }

  /** A sentence spans to the last column, so it reads as one paragraph, not a tall strip. */
  private static void sentenceMerges(List<List<Cell>> rows, Writer x) throws IOException {
    x.append("<mergeCells>");
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        if (row.get(c).look() == ChecksContent.Look.SENTENCE) {
          x.append("<mergeCell ref=\"")
              .append(CellRef.a1(r, c))
              .append(':')
              .append(CellRef.a1(r, ChecksContent.WIDTHS.length - 1))
              .append("\"/>");
        }
      }
    }
    x.append("</mergeCells>");
  }

  /** The hyperlinks, after the cells as the schema orders them: a second pass over the rows. */
  private static void links(List<List<Cell>> rows, Writer x) throws IOException {
    x.append("<hyperlinks>");
    for (int r = 0; r < rows.size(); r++) {
      List<Cell> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Cell cell = row.get(c);
        if (cell.link() != null) {
          x.append("<hyperlink ref=\"")
              .append(CellRef.a1(r, c))
              .append("\" location=\"")
              .append(escape(cell.link()))
              .append("\" display=\"")
              .append(escape(cell.text()))
              .append("\"/>");
        }
      }
    }
    x.append("</hyperlinks>");
  }

  private static int style(Cell cell, Styles s) {
    if (cell.link() != null) {
      return s.link();
    }
    return switch (cell.look()) {
      case TITLE -> s.title();
      case HEADING -> s.bold(0, false);
      case HEADER -> s.bold(0, true);
      case WRAP, SENTENCE -> s.wrap(0);
      case RAG -> s.rag(s.top(0, false), cell.rating());
      // Top-aligned like the wrapped cells beside it, so a row reads along one line.
      case PLAIN -> s.top(0, false);
      case COUNT -> s.topLeft(0);
    };
  }

  /** A row height that shows every line of wrapped text; LibreOffice does not grow rows itself. */
  private static String height(List<Cell> row) {
    int lines = 1;
    for (int c = 0; c < row.size(); c++) {
      Cell cell = row.get(c);
      if (cell.look() == ChecksContent.Look.WRAP || cell.link() != null) {
        lines =
            Math.max(
                lines,
                WrapHeight.lines(
                    cell.text(),
                    ChecksContent.WIDTHS[Math.min(c, ChecksContent.WIDTHS.length - 1)]));
      }
      if (cell.look() == ChecksContent.Look.SENTENCE) {
        lines = Math.max(lines, WrapHeight.lines(cell.text(), ChecksContent.widthFrom(c)));
      }
    }
    return lines == 1 ? "" : " ht=\"" + (int) WrapHeight.points(lines) + "\" customHeight=\"1\"";
  }

  static String escape(String s) {
    return XmlText.clean(s)
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
