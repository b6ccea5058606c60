package uk.scorecard.report;

import java.io.PrintWriter;
import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

/**
 * The GitHub Actions form of reports: a workflow command per group of alike findings ({@code
 * ::error}, {@code ::warning}, {@code ::notice} for info), errors first, that GitHub shows as an
 * annotation on the workbook, and an {@code ::error} per workbook that could not be read.
 */
public final class GithubReport {

  private GithubReport() {}

  /** Writes one workflow command per finding and per workbook not read. */
  public static void write(List<? extends Outcome> outcomes, PrintWriter out) {
    for (Outcome o : outcomes) {
      if (o instanceof Report r) {
        // Errors first, and one annotation per group of alike findings, not one per cell.
        for (FindingGroup g : FindingGroup.of(r.findings())) {
          Finding f = g.first();
          String cell = g.where();
          String title = "[" + f.code() + "]" + (cell.isEmpty() ? "" : " " + cell);
          out.println(
              command(
                  command(f.severity()),
                  r.path(),
                  title,
                  cell.isEmpty() ? f.message() : cell + ": " + f.message()));
        }
      } else {
        out.println(command("error", o.path(), "cannot check", ((Unreadable) o).reason()));
      }
    }
  }

  /**
   * One workflow command: {@code ::error file=PATH,title=TITLE::MESSAGE}, its text made harmless
   * ({@link TerminalText#field}: no newline, escape or control character reaches the log) and
   * escaped as the runner unescapes it.
   */
  static String command(String name, String file, String title, String message) {
    return "::"
        + name
        + " file="
        + property(TerminalText.field(file.replace('\\', '/')))
        + ",title="
        + property(TerminalText.field(title))
        + "::"
        + data(TerminalText.field(message));
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a message as the Actions runner unescapes it. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, which also cannot hold the separators {@code :} and {@code ,}. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
