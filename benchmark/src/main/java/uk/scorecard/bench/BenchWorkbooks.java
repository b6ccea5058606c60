package uk.scorecard.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the benchmark's scorecard-like workbooks straight as package XML (fast and repeatable): a
 * 60-indicator, 13-month scorecard sheet, plus data sheets that are not rated (S has none; M has
 * five numeric ones, about a million cells; L has five text-heavy ones, about 25 MB).
 */
public final class BenchWorkbooks {

  /**
   * The three sizes the command-line benchmark measures, and U: L's kind of workbook cut to just
   * under the web service's default 20 MB upload limit, for the load benchmark.
   */
  public enum Size {
    S(0, 0, 0),
    M(5, 20_000, 10),
    L(5, 32_500, 9),
    U(5, 25_800, 9);

    final int dataSheets;
    final int rows;
    final int cols;

    Size(int dataSheets, int rows, int cols) {
      this.dataSheets = dataSheets;
      this.rows = rows;
      this.cols = cols;
    }
  }

  static final int INDICATORS = 60;
  static final int MONTHS = 13;
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String[] WORDS =
      ("child family visit plan review school health social"
              + " worker referral contact assessment placement carer court order strategy meeting"
              + " outcome agreed escalated closed allocated team manager note follow urgent")
          .split(" ");

  private final Map<String, Integer> strings = new LinkedHashMap<>();
  private int stringRefs;
  private final Random random = new Random(42);

  private BenchWorkbooks() {}

  /** Writes S, M and L (named scorecard-S.xlsx …) into a folder; prints their sizes. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
    Files.createDirectories(dir);
    for (Size s : new Size[] {Size.S, Size.M, Size.L}) {
      Path p = write(dir.resolve("scorecard-" + s + ".xlsx"), s);
      System.out.printf("%s %,d bytes%n", p, Files.size(p));
    }
  }

  /** Writes one workbook of the given size. */
  public static Path write(Path file, Size size) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      new BenchWorkbooks().zip(out, size, INDICATORS);
    }
    return file;
  }

  /**
   * Writes a workbook whose one scorecard sheet holds as many indicators as fit in {@code cells}
   * cells (the title, the header row, then 19 cells an indicator), every one of them in the table.
   */
  public static Path writeTable(Path file, int cells) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      new BenchWorkbooks().zip(out, Size.S, tableIndicators(cells));
    }
    return file;
  }

  /** The indicators {@link #writeTable} writes for so many cells. */
  public static int tableIndicators(int cells) {
    return (cells - 1 - (4 + MONTHS + 5)) / (4 + MONTHS + 2);
  }

  private void zip(OutputStream out, Size size, int indicators) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
      int sheets = 1 + size.dataSheets;
      put(zip, w, "[Content_Types].xml", Parts.contentTypes(sheets));
      put(zip, w, "_rels/.rels", Parts.rootRels());
      put(zip, w, "xl/workbook.xml", Parts.workbook(sheets));
      put(zip, w, "xl/_rels/workbook.xml.rels", Parts.workbookRels(sheets));
      put(zip, w, "xl/styles.xml", Parts.styles());
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      scorecardSheet(w, indicators);
      for (int i = 0; i < size.dataSheets; i++) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 2) + ".xml"));
        dataSheet(w, size);
      }
      zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
      sharedStrings(w);
    }
  }

  private static void put(ZipOutputStream zip, Writer w, String name, String xml)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    w.write(xml);
    w.flush();
  }

  private void scorecardSheet(Writer w, int indicators) throws IOException {
    w.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
            + NS
            + "\"><sheetData>");
    w.write("<row r=\"1\">" + text("A1", "Children's services performance scorecard") + "</row>");
    StringBuilder h = new StringBuilder("<row r=\"3\">");
    String[] heads = {"Ref", "Indicator", "Polarity", "Unit"};
    for (int c = 0; c < heads.length; c++) {
      h.append(text(col(c) + 3, heads[c]));
    }
    for (int m = 0; m < MONTHS; m++) {
      // First of each month from Jun-24, as Excel date serials in an mmm-yy format.
      h.append("<c r=\"")
          .append(col(4 + m))
          .append("3\" s=\"2\"><v>")
          .append(
              java.time.temporal.ChronoUnit.DAYS.between(
                  java.time.LocalDate.of(1899, 12, 30),
                  java.time.LocalDate.of(2024, 6, 1).plusMonths(m)))
          .append("</v></c>");
    }
    String[] tail = {"Target", "Tolerance", "Change", "RAG", "Caveat"};
    for (int c = 0; c < tail.length; c++) {
      h.append(text(col(4 + MONTHS + c) + 3, tail[c]));
    }
    w.write(h.append("</row>").toString());
    for (int i = 0; i < indicators; i++) {
      w.write(indicatorRow(i, 4 + i));
    }
    w.write("</sheetData></worksheet>");
    w.flush();
  }

  private String indicatorRow(int i, int r) {
    boolean percent = i % 2 == 0;
    StringBuilder row = new StringBuilder("<row r=\"" + r + "\">");
    row.append(text("A" + r, "IND " + (i + 1)));
    row.append(
        text(
            "B" + r,
            (percent
                    ? "% of assessments completed in time, measure "
                    : "Number" + " of children on a plan, measure ")
                + (i + 1)));
    row.append(text("C" + r, i % 4 < 2 ? "Higher is better" : "Lower is better"));
    row.append(text("D" + r, percent ? "%" : "Number"));
    for (int m = 0; m < MONTHS; m++) {
      String ref = col(4 + m) + r;
      if (percent) {
        row.append(number(ref, 1, String.valueOf((70 + random.nextInt(30)) / 100.0)));
      } else {
        row.append(number(ref, 0, String.valueOf(100 + random.nextInt(50))));
      }
    }
    row.append(
        percent ? number(col(4 + MONTHS) + r, 1, "0.9") : number(col(4 + MONTHS) + r, 0, "120"));
    row.append(text(col(5 + MONTHS) + r, percent ? "5pp" : "10%"));
    return row.append("</row>").toString();
  }

  private void dataSheet(Writer w, Size size) throws IOException {
    w.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
            + NS
            + "\"><sheetData>");
    StringBuilder row = new StringBuilder();
    for (int r = 1; r <= size.rows; r++) {
      row.setLength(0);
      row.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < size.cols; c++) {
        String ref = col(c) + r;
        if ((size == Size.L || size == Size.U) && c > 1) {
          row.append(text(ref, sentence()));
        } else if (c == 1) {
          row.append(text(ref, WORDS[random.nextInt(WORDS.length)]));
        } else {
          row.append(number(ref, 0, String.valueOf(random.nextInt(100_000))));
        }
      }
      w.write(row.append("</row>").toString());
    }
    w.write("</sheetData></worksheet>");
    w.flush();
  }

  private String sentence() {
    StringBuilder s = new StringBuilder();
    int n = 6 + random.nextInt(8);
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return s.append(' ').append(random.nextInt(1_000_000)).toString();
  }

  private void sharedStrings(Writer w) throws IOException {
    w.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\""
            + NS
            + "\" count=\""
            + stringRefs
            + "\" uniqueCount=\""
            + strings.size()
            + "\">");
    for (String s : strings.keySet()) {
      w.write("<si><t>" + s.replace("&", "&amp;").replace("<", "&lt;") + "</t></si>");
    }
    w.write("</sst>");
    w.flush();
  }

  private String text(String ref, String s) {
    stringRefs++;
    int index = strings.computeIfAbsent(s, k -> strings.size());
    return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
  }

  private static String number(String ref, int style, String v) {
    return "<c r=\""
        + ref
        + "\""
        + (style == 0 ? "" : " s=\"" + style + "\"")
        + "><v>"
        + v
        + "</v></c>";
  }

  static String col(int c) {
    return c < 26 ? String.valueOf((char) ('A' + c)) : col(c / 26 - 1) + (char) ('A' + c % 26);
  }
}
