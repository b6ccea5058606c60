package uk.scorecard.templates;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import uk.scorecard.templates.SheetLine.Indicator;

/** Writes one indicator's cells: leading columns, figures per period, then the trailing ones. */
final class IndicatorRow {
  private final TemplateStyles styles;
  private final int periods;

  IndicatorRow(TemplateStyles styles, int periods) {
    this.styles = styles;
    this.periods = periods;
  }

  /** Fills the row; Change and RAG stay blank for the tool. */
  void write(Row row, Indicator ind) {
    if (ind.values().size() != periods) {
      throw new IllegalArgumentException(
          ind.ref() + " has " + ind.values().size() + " figures for " + periods + " periods");
    }
    CellStyle figure = styles.figure(ind.unit());
    text(row, 0, ind.ref(), styles.text);
    text(row, 1, ind.title(), styles.wrapped);
    text(row, 2, ind.polarity().label(), styles.text);
    text(row, 3, ind.unit().label(), styles.text);
    for (int i = 0; i < periods; i++) {
      figure(row, 4 + i, ind.values().get(i), figure);
    }
    int c = 4 + periods;
    figure(row, c, ind.target(), figure);
    figure(row, c + 1, ind.tolerance(), figure);
    figure(row, c + 2, ind.numerator(), styles.count);
    figure(row, c + 3, ind.denominator(), styles.count);
    text(row, c + 4, null, styles.text);
    text(row, c + 5, null, styles.text);
    text(row, c + 6, ind.caveat(), styles.wrapped);
    int lines =
        Math.max(
            TextHeight.lines(ind.title(), ScorecardSheet.titleWidth()),
            TextHeight.lines(ind.caveat(), ScorecardSheet.caveatWidth()));
    if (lines > 1) {
      row.setHeightInPoints(TextHeight.points(lines));
    }
  }

  /** Text in the given style; null leaves the cell blank but styled. */
  private static void text(Row row, int col, String value, CellStyle style) {
    Cell cell = row.createCell(col);
    cell.setCellStyle(style);
    if (value != null) {
      cell.setCellValue(value);
    }
  }

  /** A Number in the figure's format, a String (a marker or band) right-aligned, null blank. */
  private void figure(Row row, int col, Object value, CellStyle format) {
    Cell cell = row.createCell(col);
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      cell.setCellStyle(format);
    } else if (value instanceof String s) {
      cell.setCellValue(s);
      cell.setCellStyle(styles.marker);
    } else {
      cell.setCellStyle(format);
    }
  }
}
