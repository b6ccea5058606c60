package uk.scorecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import uk.scorecard.check.RuleCatalogue;
import uk.scorecard.report.CompareReport;
import uk.scorecard.report.GithubReport;
import uk.scorecard.report.JsonReport;
import uk.scorecard.report.JunitReport;
import uk.scorecard.report.Outcome;
import uk.scorecard.report.Report;
import uk.scorecard.report.SarifReport;
import uk.scorecard.report.TextReport;
import uk.scorecard.report.Unreadable;

/** The {@code --format} of the check report. */
enum ReportFormat {
  text,
  json,
  junit,
  sarif,
  github,
  markdown;

  /** Writes the outcomes in this format, text ending with their own summary. */
  void write(List<Outcome> outcomes, FailOn failOn, Writer out) throws IOException {
    write(outcomes, failOn, TextReport.summary(outcomes), out);
  }

  /**
   * Writes the outcomes in this format; {@code failOn} decides what JUnit counts as failing, and
   * text ends with {@code summary} (which counts findings {@code --min-severity} left out).
   */
  void write(List<Outcome> outcomes, FailOn failOn, String summary, Writer out) throws IOException {
    PrintWriter pw = new PrintWriter(out);
    switch (this) {
      case text -> TextReport.write(outcomes, summary, pw);
      case json -> {
        JsonReport.write(outcomes, pw);
        pw.println();
      }
      case junit -> junit(outcomes, failOn, pw);
      case sarif -> {
        SarifReport.write(outcomes, RuleCatalogue.all(), Cli.VERSION, pw);
        pw.println();
      }
      case github -> GithubReport.write(outcomes, pw);
      case markdown -> markdown(outcomes, pw);
      default -> throw new IllegalStateException("unknown format " + this);
    }
    pw.flush();
  }

  /** The exception report of each workbook as a Markdown block for a committee paper. */
  private static void markdown(List<Outcome> outcomes, PrintWriter out) {
    for (Outcome o : outcomes) {
      if (o instanceof Report r) {
        CompareReport.markdown("Exception report: " + fileName(r.path()), r.sentences(), out);
      } else {
        out.println(TextReport.unreadable((Unreadable) o, "check"));
        out.println();
      }
    }
  }

  private static String fileName(String path) {
    return path.replaceAll("^.*[/\\\\]", "");
  }

  private static void junit(List<Outcome> outcomes, FailOn failOn, Writer out) throws IOException {
    try {
      JunitReport.write(outcomes, failOn.failAt(), out);
    } catch (XMLStreamException e) {
      throw new IOException("cannot write the JUnit report (" + e.getMessage() + ")", e);
    }
  }
}
