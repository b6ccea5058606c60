package uk.scorecard.report;

import java.io.PrintWriter;
import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;

/** The text form of reports: one line per finding, {@code path:Sheet!C7: error [code] message}. */
public final class TextReport {

  private TextReport() {}

  /** Writes every finding of every report, then a one-line summary. */
  public static void write(List<Report> reports, PrintWriter out) {
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        out.println(line(r.path(), f));
      }
    }
    out.println(summary(reports));
  }

  /** One finding as a line a terminal or editor can jump to. */
  public static String line(String path, Finding f) {
    String where = f.cell().isEmpty() ? path : path + ":" + quote(f.sheet()) + "!" + f.cell();
    return where + ": " + f.severity().word() + " [" + f.code() + "] " + f.message();
  }

  /** The closing summary: files, indicators, ratings and findings by severity. */
  public static String summary(List<Report> reports) {
    long indicators = reports.stream().mapToLong(r -> r.indicators().size()).sum();
    StringBuilder sb = new StringBuilder();
    sb.append(reports.size()).append(reports.size() == 1 ? " workbook, " : " workbooks, ")
        .append(indicators).append(" indicators (");
    for (Rating rating : Rating.values()) {
      long n = reports.stream().mapToLong(r -> r.count(rating)).sum();
      sb.append(rating == Rating.RED ? "" : ", ").append(n).append(' ')
          .append(rating.word().toLowerCase(java.util.Locale.ROOT));
    }
    sb.append("): ").append(count(reports, Severity.ERROR)).append(" errors, ")
        .append(count(reports, Severity.WARNING)).append(" warnings, ")
        .append(count(reports, Severity.INFO)).append(" info");
    return sb.toString();
  }

  private static long count(List<Report> reports, Severity s) {
    return reports.stream().mapToLong(r -> r.count(s)).sum();
  }

  private static String quote(String sheet) {
    return sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
