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
    write(outcomes, summary(outcomes), out);
  }

  /** Writes every finding of every report, a line per workbook not read, then this summary. */
  public static void write(List<? extends Outcome> outcomes, String summary, PrintWriter out) {
    for (Outcome o : outcomes) {
      if (o instanceof Report r) {
        findings(r, out);
      } else {
        out.println(unreadable((Unreadable) o, "check"));
      }
    }
    out.println(summary);
  }

  /** Writes a report's findings, errors first, each group of alike findings as one line. */
  public static void findings(Report r, PrintWriter out) {
    for (FindingGroup g : FindingGroup.of(r.findings())) {
      out.println(line(r.path(), g));
    }
  }

  /**
   * A group of findings as one line: {@code path:Sheet!G5:G41 (37 cells): info [code] message}, or
   * the finding's own line for a group of one.
   */
  public static String line(String path, FindingGroup g) {
    Finding f = g.first();
    String where = g.where().isEmpty() ? path : path + ":" + g.where();
    return TerminalText.line(
        where + ": " + f.severity().word() + " [" + f.code() + "] " + f.message());
  }

  /**
   * One finding as a line a terminal or editor can jump to, its workbook text made harmless ({@link
   * TerminalText#line}).
   */
  public static String line(String path, Finding f) {
    return TerminalText.line(
        where(path, f) + ": " + f.severity().word() + " [" + f.code() + "] " + f.message());
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
    return f.cell().isEmpty() ? "" : sheet(f.sheet()) + "!" + f.cell();
  }

  /** The closing summary: workbooks, indicators, ratings and findings by severity. */
  public static String summary(List<? extends Outcome> outcomes) {
    List<Report> reports = reports(outcomes);
    long unread = outcomes.size() - reports.size();
    long indicators = reports.stream().mapToLong(r -> r.indicators().size()).sum();
    StringBuilder sb = new StringBuilder();
    sb.append(count(outcomes.size(), "workbook", "workbooks"));
    if (unread > 0) {
      sb.append(" (").append(unread).append(" could not be read)");
    }
    sb.append(", ").append(count(indicators, "indicator", "indicators")).append(" (");
    for (Rating rating : Rating.values()) {
      long n = reports.stream().mapToLong(r -> r.count(rating)).sum();
      if (n == 0 && rating.onlyWhenUsed()) {
        continue;
      }
      sb.append(rating == Rating.RED ? "" : ", ")
          .append(n)
          .append(' ')
          .append(rating.word().toLowerCase(Locale.ROOT));
    }
    sb.append(')');
    long notRead = reports.stream().mapToLong(Report::notRead).sum();
    if (notRead > 0) {
      sb.append(", ").append(count(notRead, "row", "rows")).append(" with an id not read");
    }
    sb.append(": ")
        .append(count(count(reports, Severity.ERROR), "error", "errors"))
        .append(", ")
        .append(count(count(reports, Severity.WARNING), "warning", "warnings"))
        .append(", ")
        .append(count(reports, Severity.INFO))
        .append(" info");
    return sb.toString();
  }

  /** A count with its noun agreeing: "1 error", "2 errors", "0 errors". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** The reports among the outcomes, in order. */
  static List<Report> reports(List<? extends Outcome> outcomes) {
    return outcomes.stream().filter(Report.class::isInstance).map(Report.class::cast).toList();
  }

  private static long count(List<Report> reports, Severity s) {
    return reports.stream().mapToLong(r -> r.count(s)).sum();
  }

  /** A sheet name as a cell reference needs it: quoted as Excel does unless plain. */
  static String sheet(String sheet) {
    return sheet.matches("[A-Za-z0-9_.]+") ? sheet : "'" + sheet.replace("'", "''") + "'";
  }
}
