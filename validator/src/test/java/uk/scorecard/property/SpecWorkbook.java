package uk.scorecard.property;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import uk.scorecard.property.Spec.Fig;
import uk.scorecard.property.Spec.Indicator;
import uk.scorecard.property.Spec.Mark;
import uk.scorecard.property.Spec.OfficerRag;
import uk.scorecard.property.Spec.PeriodKind;
import uk.scorecard.property.Spec.Section;
import uk.scorecard.property.Spec.TitleRow;

/** Writes a generated scorecard with POI, and says where each indicator and column landed. */
final class SpecWorkbook {

  static final String TITLE = "Children's services performance scorecard";
  static final String NOTES_TEXT = "Data from the case system";
  static final String LEAD_TEXT = "J. Smith";
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** The workbook's bytes and where things are: indicators by zero-based row. */
  record Built(
      byte[] bytes,
      String sheet,
      int headerRow,
      Columns cols,
      Map<Integer, Indicator> indicators) {}

  private final Spec spec;
  private final Columns cols;
  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final SpecStyles styles = new SpecStyles(wb);
  private final XSSFSheet sheet;

  private SpecWorkbook(Spec spec) {
    this.spec = spec;
    this.cols = Columns.of(spec.layout());
    this.sheet = wb.createSheet(spec.layout().shape().sheet());
  }

  /** The workbook for this scorecard, written by POI. */
  static Built build(Spec spec) {
    return new SpecWorkbook(spec).write();
  }

  private Built write() {
    TitleRow title = spec.layout().shape().title();
    int header = title == TitleRow.NONE ? 0 : title == TitleRow.ABOVE ? 1 : 2;
    if (title != TitleRow.NONE) {
      text(0, 0, title(spec.layout())).setCellStyle(styles.title());
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, cols.width() - 1));
    }
    int r = SpecHeader.write(sheet, styles, spec.layout(), cols, header);
    Map<Integer, Indicator> rows = new LinkedHashMap<>();
    for (Spec.Row row : spec.rows()) {
      if (row instanceof Section s) {
        text(r, 0, s.text()).setCellStyle(styles.section());
        if (s.merged()) {
          sheet.addMergedRegion(new CellRangeAddress(r, r, 0, cols.width() - 1));
        }
      } else {
        indicator(r, (Indicator) row);
        rows.put(r, (Indicator) row);
      }
      r++;
    }
    SpecNotes.add(
        sheet,
        spec.notes(),
        title == TitleRow.NONE ? header : 0,
        r - 1,
        cols.width(),
        header + cols.periodWidth() - 1);
    return new Built(bytes(), sheet.getSheetName(), header, cols, rows);
  }

  private void indicator(int r, Indicator ind) {
    text(r, cols.id(), ind.id());
    text(r, cols.title(), ind.title());
    text(r, cols.polarity(), ind.polarityText());
    if (cols.unit() >= 0) {
      text(r, cols.unit(), ind.unitText());
    }
    for (int i = 0; i < ind.entries().size(); i++) {
      Spec.Entry e = ind.entries().get(i);
      if (e instanceof Fig f) {
        figure(r, cols.figure(i), ind.measure(), f.value());
        if (cols.periodWidth() == 2) {
          number(r, cols.period(i), f.value().setScale(0, java.math.RoundingMode.HALF_UP), "0");
        }
      } else if (e instanceof Mark m) {
        text(r, cols.figure(i), m.text());
      }
    }
    SpecRules.target(this, r, cols.target(), ind);
    if (cols.tolerance() >= 0) {
      SpecRules.tolerance(this, r, cols.tolerance(), ind.tol());
    }
    if (cols.change() >= 0) {
      text(r, cols.change(), ind.officerChange());
    }
    if (cols.rag() >= 0) {
      rag(r, ind.officerRag());
    }
    if (cols.caveat() >= 0) {
      text(r, cols.caveat(), ind.officerCaveat());
    }
    if (ind.extrasFilled() && cols.notes() >= 0) {
      text(r, cols.notes(), NOTES_TEXT);
    }
    if (ind.extrasFilled() && cols.lead() >= 0) {
      text(r, cols.lead(), LEAD_TEXT);
    }
  }

  private void rag(int r, OfficerRag rag) {
    if (rag == OfficerRag.FORMULA) {
      // A formula with its saved text result, as Excel leaves it.
      XSSFCell c = (XSSFCell) cell(r, cols.rag());
      c.setCellFormula(rag.text);
      c.getCTCell().setT(STCellType.STR);
      c.getCTCell().setV("Green");
    } else {
      text(r, cols.rag(), rag.text);
    }
  }

  /** A figure as the measure stores it: a fraction shown as a percentage, or the number. */
  void figure(int r, int c, Spec.Measure m, BigDecimal value) {
    number(r, c, m.fraction() ? value.movePointLeft(2) : value, m.format);
  }

  /** A number cell in a number format (null for General). */
  void number(int r, int c, BigDecimal v, String format) {
    Cell cell = cell(r, c);
    cell.setCellValue(v.doubleValue());
    if (format != null) {
      cell.setCellStyle(styles.format(format));
    }
  }

  /** A text cell, or nothing for null. */
  Cell text(int r, int c, String s) {
    if (s == null) {
      return null;
    }
    Cell cell = cell(r, c);
    cell.setCellValue(s);
    return cell;
  }

  private Cell cell(int r, int c) {
    Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
    return row.getCell(c) != null ? row.getCell(c) : row.createCell(c);
  }

  /** The sheet's title; some name the latest period, as councils' titles often do. */
  private static String title(Spec.Layout layout) {
    var p = layout.periods();
    if (!layout.shape().titleNamesPeriod()) {
      return TITLE;
    }
    Object latest = periodHeading(p.kind(), p.start(), p.count() - 1);
    return TITLE
        + ": "
        + (latest instanceof LocalDate d
            ? MONTHS[d.getMonthValue() - 1] + " " + d.getYear()
            : latest);
  }

  /** The heading of the i-th period of a run starting at {@code start}: a date or a label. */
  static Object periodHeading(PeriodKind kind, int start, int i) {
    int n = start + i;
    if (kind == PeriodKind.QUARTER) {
      int fy = 2022 + n / 4;
      return "Q" + (n % 4 + 1) + " " + fy + "/" + String.format("%02d", (fy + 1) % 100);
    }
    LocalDate month = LocalDate.of(2018, 4, 1).plusMonths(n);
    return kind == PeriodKind.MONTH_DATE
        ? month
        : MONTHS[month.getMonthValue() - 1] + "-" + String.format("%02d", month.getYear() % 100);
  }

  private byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      wb.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
