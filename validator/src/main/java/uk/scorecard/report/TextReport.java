package uk.scorecard.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;

/** The text form of reports: one line per finding, {@code path:Sheet!C7: error [code] message}. */
public final class TextReport {

  private TextReport() {}

  /** Writes every finding of every report, a line per workbook not read, then a summary. */
  public static void write(List<? extends Outcome> outcomes, PrintWriter out) {
    for (Outcome o : outcomes) {
      if (o instanceof Report r) {
        for (Finding f : r.findings()) {
          out.println(line(r.path(), f));
        }
      } else {
        out.println(unreadable((Unreadable) o, "check"));
      }
    }
    out.println(summary(outcomes));
  }

  /**
   * One finding as a line a terminal or editor can jump to, its workbook text made harmless
   * ({@link TerminalText#line}).
   */
  public static String line(String path, Finding f) {
    return TerminalText.line(where(path, f) + ": " + f.severity().word() + " [" + f.code() + "] "
        + f.message());
  }

  /** A workbook not read: {@code path: cannot check: reason} (or {@code cannot rate}). */
  public static String unreadable(Unreadable u, String verb) {
    return TerminalText.line(u.path() + ": cannot " + verb + ": " + u.reason());
  }

  /** Where a finding is: {@code path:Sheet!C7}, or the path alone for the workbook as a whole. */
  public static String where(String path, Finding f) {
    return f.cell().isEmpty() ? path : path + ":" + cell(f);
  }

  /** A finding's cell as {@code Sheet!C7}, quoting sheet names as Excel does; empty for none. */
  public static String cell(Finding f) {
    return f.cell().isEmpty() ? "" : quote(f.sheet()) + "!" + f.cell();
  }

  /** The closing summary: workbooks, indicators, ratings and findings by severity. */
  public static String summary(List<? extends Outcome> outcomes) {
    List<Report> reports = reports(outcomes);
    long unread = outcomes.size() - reports.size();
    long indicators = reports.stream().mapToLong(r -> r.indicators().size()).sum();
    StringBuilder sb = new StringBuilder();
    sb.append(outcomes.size()).append(outcomes.size() == 1 ? " workbook" : " workbooks");
    if (unread > 0) {
      sb.append(" (").append(unread).append(" could not be read)");
    }
    sb.append(", ").append(indicators).append(" indicators (");
    for (Rating rating : Rating.values()) {
      long n = reports.stream().mapToLong(r -> r.count(rating)).sum();
      if (n == 0 && rating.onlyWhenUsed()) {
        continue;
      }
      sb.append(rating == Rating.RED ? "" : ", ").append(n).append(' ')
          .append(rating.word().toLowerCase(Locale.ROOT));
    }
    sb.append(')');
    long notRead = reports.stream().mapToLong(Report::notRead).sum();
    if (notRead > 0) {
      sb.append(", ").append(notRead).append(notRead == 1 ? " row" : " rows")
          .append(" with an id not read");
    }
    sb.append(": ").append(count(reports, Severity.ERROR)).append(" errors, ")
        .append(count(reports, Severity.WARNING)).append(" warnings, ")
        .append(count(reports, Severity.INFO)).append(" info");
    return sb.toString();
  }

  /** The reports among the outcomes, in order. */
  static List<Report> reports(List<? extends Outcome> outcomes) {
    return outcomes.stream().filter(Report.class::isInstance).map(Report.class::cast).toList();
  }

  private static long count(List<Report> reports, Severity s) {
    return reports.stream().mapToLong(r -> r.count(s)).sum();
  }

  private static String quote(String sheet) {
    return sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
