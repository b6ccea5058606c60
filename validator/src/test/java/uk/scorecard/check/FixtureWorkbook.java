package uk.scorecard.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.scorecard.Input;

/**
 * Builds small scorecard workbooks in code, in the layout our reader knows: a title row, then a
 * header row (Ref, Indicator, Polarity, Unit, the periods, Target, Tolerance, Lower tolerance,
 * Upper tolerance, Numerator, Denominator, Change, RAG, Caveat), then indicator and section rows.
 * Numbers in a {@code %} row are fractions formatted {@code 0%} unless the row says otherwise.
 */
final class FixtureWorkbook {

  static final List<String> BEFORE = List.of("Ref", "Indicator", "Polarity", "Unit");
  static final List<String> AFTER =
      List.of(
          "Target",
          "Tolerance",
          "Lower tolerance",
          "Upper tolerance",
          "Numerator",
          "Denominator",
          "Change",
          "RAG",
          "Caveat",
          "England");

  /** An Excel error value in a cell, such as {@code #DIV/0!}. */
  record Error(String code) {}

  /** A formula saved without its result. */
  record Formula(String text) {}

  /** A number in a number format of its own, whatever its row's format. */
  record Styled(double value, String format) {}

  private final Map<String, Sheet> sheets = new LinkedHashMap<>();
  private LocalDate saved;

  /** A workbook with one sheet, {@code Scorecard}, with the eight months Nov-18 to Jun-19. */
  static FixtureWorkbook scorecard() {
    FixtureWorkbook fx = new FixtureWorkbook();
    fx.sheet("Scorecard");
    return fx;
  }

  /** The sheet of this name, added with the default months if it is new. */
  Sheet sheet(String name) {
    return sheets.computeIfAbsent(name, n -> new Sheet(n).months(YearMonth.of(2018, 11), 8));
  }

  /** The first sheet. */
  Sheet main() {
    return sheets.values().iterator().next();
  }

  /** Shorthand for a row on the first sheet. */
  Row row(String ref, String title, String polarity, String unit) {
    return main().row(ref, title, polarity, unit);
  }

  /** Says in the workbook's properties that it was last saved on this day. */
  FixtureWorkbook saved(LocalDate day) {
    this.saved = day;
    return this;
  }

  /** The workbook as an input to check. */
  Input input() {
    return new Input("fixture.xlsx", bytes());
  }

  /** The workbook's bytes. */
  byte[] bytes() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Styles styles = new Styles(wb);
      for (Sheet s : sheets.values()) {
        s.write(wb.createSheet(s.name), styles);
      }
      if (saved != null) {
        Date day = Date.from(saved.atStartOfDay(ZoneOffset.UTC).toInstant());
        wb.getProperties().getCoreProperties().setModified(Optional.of(day));
      }
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One sheet: its period headers (months as real dates, or text) and its rows. */
  static final class Sheet {
    private final String name;
    private final List<Object> periods = new ArrayList<>();
    private final List<Object> rows = new ArrayList<>();

    private Sheet(String name) {
      this.name = name;
    }

    /** Period columns for {@code count} months from {@code first}, as dates formatted mmm-yy. */
    Sheet months(YearMonth first, int count) {
      periods.clear();
      for (int i = 0; i < count; i++) {
        periods.add(first.plusMonths(i));
      }
      return this;
    }

    /** Period columns with these headers: a YearMonth becomes a date, anything else text. */
    Sheet periods(Object... headers) {
      periods.clear();
      periods.addAll(List.of(headers));
      return this;
    }

    /** Adds an indicator row. */
    Row row(String ref, String title, String polarity, String unit) {
      Row r = new Row(this);
      r.set("Ref", ref).set("Indicator", title).set("Polarity", polarity).set("Unit", unit);
      rows.add(r);
      return r;
    }

    /** The indicator rows, top to bottom. */
    List<Row> rows() {
      return rows.stream().filter(Row.class::isInstance).map(Row.class::cast).toList();
    }

    /** Adds a section row: a label in capitals in the first column. */
    Sheet section(String label) {
      rows.add(label);
      return this;
    }

    /** The headers in column order. */
    List<String> headers() {
      List<String> h = new ArrayList<>(BEFORE);
      periods.forEach(p -> h.add(p instanceof YearMonth ym ? label(ym) : p.toString()));
      h.addAll(AFTER);
      return h;
    }

    /**
     * The A1 address of a header on the given indicator row (0 is the first row below the header).
     */
    String cell(int row, String header) {
      int col = headers().indexOf(header);
      if (col < 0) {
        throw new IllegalArgumentException("no column " + header);
      }
      return new CellReference(row + 2, col).formatAsString();
    }

    private void write(XSSFSheet sh, Styles styles) {
      sh.createRow(0).createCell(0).setCellValue("Children's Services Performance Scorecard");
      org.apache.poi.ss.usermodel.Row header = sh.createRow(1);
      List<String> headers = headers();
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = header.createCell(c);
        int p = c - BEFORE.size();
        if (p >= 0 && p < periods.size() && periods.get(p) instanceof YearMonth ym) {
          cell.setCellValue(ym.atDay(1));
          cell.setCellStyle(styles.get("mmm-yy"));
        } else {
          cell.setCellValue(headers.get(c));
        }
      }
      for (int i = 0; i < rows.size(); i++) {
        org.apache.poi.ss.usermodel.Row xr = sh.createRow(i + 2);
        if (rows.get(i) instanceof Row r) {
          r.write(xr, headers, styles);
        } else {
          xr.createCell(0).setCellValue(rows.get(i).toString());
        }
      }
    }

    private static String label(YearMonth ym) {
      return ym.format(
          java.time.format.DateTimeFormatter.ofPattern("MMM-yy", java.util.Locale.ENGLISH));
    }
  }

  /** One indicator row: a value per header, and the number format of its figures. */
  static final class Row {
    private final Sheet sheet;
    private final Map<String, Object> values = new HashMap<>();
    private String format;
    private int indent;

    private Row(Sheet sheet) {
      this.sheet = sheet;
    }

    /** Sets the cell under a header; null leaves it blank. */
    Row set(String header, Object value) {
      values.put(header, value);
      return this;
    }

    /** The value set under a header, or null. */
    Object get(String header) {
      return values.get(header);
    }

    /** Sets the period cells, oldest first; figures past the last period are left out. */
    Row values(Object... figures) {
      List<String> h = sheet.headers().subList(BEFORE.size(), BEFORE.size() + sheet.periods.size());
      for (int i = 0; i < h.size(); i++) {
        set(h.get(i), i < figures.length ? figures[i] : null);
      }
      return this;
    }

    /** The number format of this row's numbers, instead of the unit's default. */
    Row format(String numberFormat) {
      this.format = numberFormat;
      return this;
    }

    /** Indents the title cell by this many levels, as Excel's Increase Indent does. */
    Row indent(int levels) {
      this.indent = levels;
      return this;
    }

    Row target(Object v) {
      return set("Target", v);
    }

    Row tolerance(Object v) {
      return set("Tolerance", v);
    }

    private void write(org.apache.poi.ss.usermodel.Row xr, List<String> headers, Styles styles) {
      String fmt = format != null ? format : "%".equals(values.get("Unit")) ? "0%" : "General";
      for (int c = 0; c < headers.size(); c++) {
        Object v = values.get(headers.get(c));
        if (v == null) {
          continue;
        }
        Cell cell = xr.createCell(c);
        boolean ratio =
            c >= BEFORE.size() && !List.of("Numerator", "Denominator").contains(headers.get(c));
        if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          cell.setCellStyle(styles.get(ratio ? fmt : "General"));
        } else if (v instanceof Styled st) {
          cell.setCellValue(st.value());
          cell.setCellStyle(styles.get(st.format()));
        } else if (v instanceof Error e) {
          cell.setCellErrorValue(FormulaError.forString(e.code()).getCode());
        } else if (v instanceof Formula f) {
          cell.setCellFormula(f.text());
        } else {
          cell.setCellValue(v.toString());
        }
        if (indent > 0 && headers.get(c).equals("Indicator")) {
          cell.setCellStyle(styles.indented(indent));
        }
      }
    }
  }

  /** One cell style per number format. */
  private static final class Styles {
    private final XSSFWorkbook wb;
    private final Map<String, CellStyle> byFormat = new HashMap<>();

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
    }

    CellStyle indented(int levels) {
      return byFormat.computeIfAbsent(
          "indent " + levels,
          f -> {
            CellStyle s = wb.createCellStyle();
            s.setIndention((short) levels);
            return s;
          });
    }

    CellStyle get(String format) {
      return byFormat.computeIfAbsent(
          format,
          f -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
          });
    }
  }
}
