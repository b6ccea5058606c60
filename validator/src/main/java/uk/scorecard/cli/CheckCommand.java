package uk.scorecard.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.Outcome;
import uk.scorecard.report.TerminalText;
import uk.scorecard.report.TextReport;
import uk.scorecard.report.Unreadable;
import uk.scorecard.rules.RulesException;

/** {@code check}: reports what is impossible or suspicious in workbooks, without changing them. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check workbooks and report impossible and suspicious values.",
      "Every workbook is checked, even after one that cannot be read; one summary ends the run."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no findings at or above the --fail-on threshold",
      "1:findings at or above the threshold (errors by default), or a workbook with no"
          + " indicator table (unless --allow-no-table)",
      "2:wrong arguments, or a workbook or rules file that cannot be read"
    })
final class CheckCommand implements Callable<Integer> {

  private final Scorecard scorecard;
  private final PrintWriter out;
  private final PrintWriter err;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Workbooks (xlsx, xlsm, xls), folders (searched recursively for them,"
              + " skipping Excel's ~$ lock files and hidden files) and glob patterns such as"
              + " 'workbooks/**/*.xlsx' (quoted, so the shell leaves them alone; relative to the"
              + " working folder unless absolute).")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ReportFormat format = ReportFormat.text;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the report to FILE; the text summary still goes to the terminal.")
  Path output;

  @Option(names = "--publish", description = "Also apply the checks for publication.")
  boolean publish;

  @Option(
      names = "--since",
      paramLabel = "LAST",
      description =
          "Last month's workbook: compare with it, and say what changed in the"
              + " exception report (summary).")
  @Nullable Path since;

  @Mixin FindingsChoice findings = new FindingsChoice();

  @Mixin RulesChoice rules = new RulesChoice();

  CheckCommand(Scorecard scorecard, PrintWriter out, PrintWriter err) {
    this.scorecard = scorecard;
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    Workbooks.Expansion named = Workbooks.expand(paths, null);
    Destination to = output == null ? Destination.STDOUT : Destination.of(output);
    String refused = refusal(to, named.found());
    if (refused != null) {
      err.println(TerminalText.line(output + ": cannot write the report: " + refused));
      return Cli.UNREADABLE;
    }
    List<Outcome> outcomes = new ArrayList<>(named.problems());
    for (Workbooks.Found w : named.found()) {
      outcomes.add(NoTable.judged(check(w), findings.allowNoTable));
    }
    List<Outcome> shown = findings.minSeverity.shown(outcomes);
    String summary = TextReport.summary(outcomes) + findings.minSeverity.note(outcomes);
    PrintWriter terminal;
    if (to == Destination.STDOUT) {
      format.write(shown, findings.failOn, summary, out);
      // Text already ends with the summary; other formats keep stdout parseable.
      terminal = format == ReportFormat.text ? null : err;
    } else if (to == Destination.STDERR) {
      format.write(shown, findings.failOn, summary, err);
      terminal = out;
    } else {
      try {
        to.write(
            output,
            stream -> {
              Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
              format.write(shown, findings.failOn, summary, w);
              w.flush();
            });
      } catch (IOException e) {
        err.println(
            TerminalText.line(output + ": cannot write the report (" + e.getMessage() + ")"));
        return Cli.UNREADABLE;
      }
      terminal = out;
    }
    if (terminal != null) {
      outcomes.stream()
          .filter(Unreadable.class::isInstance)
          .forEach(u -> terminal.println(TextReport.unreadable((Unreadable) u, "check")));
      terminal.println(summary);
    }
    out.flush();
    err.flush();
    return findings.failOn.exitCode(outcomes);
  }

  /** Why the report must not be written there, or null when it may. */
  private @Nullable String refusal(Destination to, List<Workbooks.Found> workbooks) {
    if (to == Destination.FOLDER) {
      return "it is a folder; give --output a file name";
    }
    if (output != null
        && workbooks.stream().anyMatch(w -> Destination.sameFile(output, w.file()))) {
      return "it would replace a workbook being checked";
    }
    return null;
  }

  private Outcome check(Workbooks.Found w) {
    String path = w.file().toString();
    try {
      Options options =
          new Options(
              rules.forWorkbook(w.file(), w.root()),
              false,
              publish,
              since == null ? null : namedInput(since));
      return scorecard.check(new Input(path, read(w.file())), options);
    } catch (RulesException e) {
      return new Unreadable(path, e.getMessage());
    } catch (WorkbookRefusedException | IOException e) {
      return new Unreadable(path, e.getMessage());
    } catch (RuntimeException e) {
      // A bug met in one workbook must not cost the report on all the others: say so, go on.
      return new Unreadable(
          path,
          "internal error ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")");
    }
  }

  /**
   * A workbook read whole (--since, compare); a file that cannot be read is named in the reason.
   */
  static Input namedInput(Path since) throws IOException {
    try {
      return new Input(since.toString(), read(since));
    } catch (IOException e) {
      throw new IOException(since + ": " + e.getMessage(), e);
    }
  }

  /** A workbook's bytes, or an IOException whose message says why not in a few words. */
  static byte[] read(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IOException("no such file", e);
    } catch (IOException e) {
      throw new IOException("cannot read the file (" + e.getMessage() + ")", e);
    }
  }
}
