package uk.scorecard.read;

import static uk.scorecard.read.container.HostilePackages.sheet;
import static uk.scorecard.read.container.HostilePackages.sst;
import static uk.scorecard.read.container.HostilePackages.workbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Legal workbooks that are cheap to send and were expensive to handle, built in code at any size: a
 * scorecard whose figures are one long run of digits, and a scorecard sheet of many cells.
 */
public final class CostlyFiles {

  private static final String[] MONTHS = {
    "Jan-19", "Feb-19", "Mar-19", "Apr-19", "May-19", "Jun-19", "Jul-19", "Aug-19", "Sep-19",
    "Oct-19", "Nov-19", "Dec-19"
  };

  private CostlyFiles() {}

  /** Random digits: they pack about as well as real figures. */
  public static String digits(int length) {
    Random random = new Random(5);
    StringBuilder s = new StringBuilder(length);
    s.append((char) ('1' + random.nextInt(9)));
    while (s.length() < length) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }

  /**
   * A scorecard of {@code rows} indicators over ten months whose every figure is the one shared
   * string {@code figure} (the issue's: 99,000 digits in 190 cells, a 54 KB file).
   */
  public static byte[] sharedFigure(String figure, int rows) {
    StringBuilder xml = new StringBuilder(header(10));
    for (int r = 2; r <= rows + 1; r++) {
      xml.append("<row r=\"")
          .append(r)
          .append("\">")
          .append(text("A", r, "IND " + r))
          .append(text("B", r, "Number of visits " + r))
          .append(text("C", r, "Higher is better"))
          .append(text("D", r, "Number"));
      for (int m = 0; m < 10; m++) {
        xml.append("<c r=\"").append(col(4 + m)).append(r).append("\" t=\"s\"><v>0</v></c>");
      }
      xml.append("</row>");
    }
    return workbook(1, "")
        .put("xl/worksheets/sheet1.xml", sheet(xml.toString()))
        .put("xl/sharedStrings.xml", sst(figure))
        .bytes();
  }

  /**
   * A scorecard sheet of about {@code cells} cells: indicator rows of twelve months of numbers,
   * each row with its id, title, polarity, unit and target, so every cell is in the table.
   */
  public static byte[] manyCells(int cells) {
    int perRow = 4 + MONTHS.length + 1;
    int rows = Math.max(1, (cells - perRow) / perRow); // the header row has as many cells
    StringBuilder xml = new StringBuilder(rows * perRow * 24);
    xml.append(
        header(MONTHS.length)
            .replace("</row>", text(col(4 + MONTHS.length), 1, "Target") + "</row>"));
    Random random = new Random(8);
    for (int r = 2; r <= rows + 1; r++) {
      xml.append("<row r=\"")
          .append(r)
          .append("\">")
          .append(text("A", r, "I" + r))
          .append(text("B", r, "Visits"))
          .append(text("C", r, "Higher is better"))
          .append(text("D", r, "Number"));
      for (int m = 0; m <= MONTHS.length; m++) {
        xml.append("<c r=\"")
            .append(col(4 + m))
            .append(r)
            .append("\"><v>")
            .append(100 + random.nextInt(900))
            .append("</v></c>");
      }
      xml.append("</row>");
    }
    return workbook(1, "").put("xl/worksheets/sheet1.xml", sheet(xml.toString())).bytes();
  }

  private static String header(int months) {
    StringBuilder h =
        new StringBuilder("<row r=\"1\">")
            .append(text("A", 1, "Ref"))
            .append(text("B", 1, "Indicator"))
            .append(text("C", 1, "Polarity"))
            .append(text("D", 1, "Unit"));
    for (int m = 0; m < months; m++) {
      h.append(text(col(4 + m), 1, MONTHS[m]));
    }
    return h.append("</row>").toString();
  }

  private static String text(String col, int row, String s) {
    return "<c r=\"" + col + row + "\" t=\"inlineStr\"><is><t>" + s + "</t></is></c>";
  }

  private static String col(int c) {
    return c < 26 ? String.valueOf((char) ('A' + c)) : col(c / 26 - 1) + (char) ('A' + c % 26);
  }

  /** Writes the two workbooks into a folder, for timing the command line on them. */
  public static void main(String[] args) throws Exception {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "."));
    Files.write(dir.resolve("long-digits.xlsx"), sharedFigure(digits(99_000), 19));
    Files.write(dir.resolve("many-cells.xlsx"), manyCells(870_000));
    Files.write(dir.resolve("million-cells.xlsx"), manyCells(1_000_000));
  }
}
