package uk.scorecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.WorkbookRefusedException;
import uk.scorecard.model.Severity;
import uk.scorecard.report.JsonReport;
import uk.scorecard.report.Report;
import uk.scorecard.report.TextReport;
import uk.scorecard.rules.RulesException;

/** {@code check}: reports what is impossible or suspicious in workbooks, without changing them. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check workbooks and report impossible and suspicious values.")
final class CheckCommand implements Callable<Integer> {

  /** Report formats. */
  enum Format { text, json }

  private final Scorecard scorecard;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "WORKBOOK", arity = "1..*", description = "Workbooks to check.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--publish", description = "Also apply the checks for publication.")
  boolean publish;

  @picocli.CommandLine.Mixin
  RulesChoice rules = new RulesChoice();

  CheckCommand(Scorecard scorecard) {
    this.scorecard = scorecard;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Report> reports = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        Options options = new Options(rules.forWorkbook(file), false, publish);
        reports.add(scorecard.check(new Input(file.toString(), read(file)), options));
      } catch (RulesException e) {
        err.println(e.getMessage());
        unreadable = true;
      } catch (WorkbookRefusedException | IOException e) {
        err.println(file + ": cannot check: " + e.getMessage());
        unreadable = true;
      }
    }
    if (format == Format.json) {
      JsonReport.write(reports, out);
      out.println();
    } else {
      TextReport.write(reports, out);
    }
    out.flush();
    if (unreadable) {
      return Cli.UNREADABLE;
    }
    return reports.stream().anyMatch(r -> r.hasAtLeast(Severity.ERROR)) ? Cli.FINDINGS : Cli.CLEAN;
  }

  static byte[] read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no such file");
    }
    return Files.readAllBytes(file);
  }
}
