package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;

/**
 * Adds a small indicator table below the data of a workbook's first worksheet, so that rating a
 * feature-rich corpus file really writes into a sheet with charts, merges, rules and notes. In an
 * .xlsx only that sheet's XML is edited; every other part stays as the corpus has it.
 */
final class Graft {

  /** The table: a header and two indicators, Change, RAG and Caveat left for the tool to add. */
  private static final Object[][] TABLE = {
    {"Ref", "Indicator", "Polarity", "Q3 2024/25", "Q4 2024/25", "Target"},
    {
      "FD 7",
      "% of contacts with a decision within 1 working day",
      "Higher is better",
      0.9,
      0.8,
      0.95
    },
    {"W1", "Average caseload per social worker", "Lower is better", 18, 19, 20}
  };

  private static final Pattern ROW = Pattern.compile("<(?:\\w+:)?row\\b[^>]*?\\br=\"(\\d+)\"");
  private static final Pattern SHEET_DATA =
      Pattern.compile("<(\\w+:)?sheetData\\s*/>|</(\\w+:)?sheetData>");

  private Graft() {}

  /** The workbook with the table added; the sheet it went on is returned in {@code sheet[0]}. */
  static byte[] table(byte[] workbook, String[] sheet) {
    sheet[0] = firstWorksheet(workbook);
    return OleComparison.isOle(workbook)
        ? SampleWorkbook.edit(
            workbook,
            wb -> {
              Sheet s = wb.getSheet(sheet[0]);
              int first = s.getLastRowNum() + 3;
              for (int r = 0; r < TABLE.length; r++) {
                Row row = s.createRow(first + r);
                for (int c = 0; c < TABLE[r].length; c++) {
                  if (TABLE[r][c] instanceof String t) {
                    row.createCell(c).setCellValue(t);
                  } else {
                    row.createCell(c).setCellValue(((Number) TABLE[r][c]).doubleValue());
                  }
                }
              }
            })
        : Zips.edit(
            workbook,
            parts -> {
              String named = PackageComparison.sheetPart(workbook, sheet[0]);
              // Part names ignore case: the zip may spell the entry differently from the
              // relationship.
              String part =
                  parts.keySet().stream().filter(named::equalsIgnoreCase).findFirst().orElseThrow();
              parts.put(
                  part,
                  withRows(new String(parts.get(part), StandardCharsets.UTF_8))
                      .getBytes(StandardCharsets.UTF_8));
            });
  }

  private static String withRows(String xml) {
    int last = 0;
    for (Matcher m = ROW.matcher(xml); m.find(); ) {
      last = Math.max(last, Integer.parseInt(m.group(1)));
    }
    Matcher end = SHEET_DATA.matcher(xml);
    if (!end.find()) {
      throw new IllegalArgumentException("no sheetData in the first worksheet");
    }
    String p = end.group(1) != null ? end.group(1) : end.group(2) != null ? end.group(2) : "";
    StringBuilder rows = new StringBuilder();
    for (int r = 0; r < TABLE.length; r++) {
      int n = last + 3 + r;
      rows.append('<').append(p).append("row r=\"").append(n).append("\">");
      for (int c = 0; c < TABLE[r].length; c++) {
        String ref = (char) ('A' + c) + Integer.toString(n);
        Object v = TABLE[r][c];
        rows.append('<').append(p).append("c r=\"").append(ref).append('"');
        rows.append(
            v instanceof String t
                ? " t=\"inlineStr\"><" + p + "is><" + p + "t>" + t + "</" + p + "t></" + p + "is>"
                : "><" + p + "v>" + v + "</" + p + "v>");
        rows.append("</").append(p).append("c>");
      }
      rows.append("</").append(p).append("row>");
    }
    String open = end.group().endsWith("/>") ? "<" + p + "sheetData>" : "";
    return xml.substring(0, end.start())
        + open
        + rows
        + "</"
        + p
        + "sheetData>"
        + xml.substring(end.end());
  }

  private static String firstWorksheet(byte[] workbook) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      for (Sheet s : wb) {
        if (!(s instanceof XSSFChartSheet)) {
          return s.getSheetName();
        }
      }
      throw new IllegalArgumentException("no worksheet");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
