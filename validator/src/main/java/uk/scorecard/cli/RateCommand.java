package uk.scorecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.WorkbookRefusedException;
import uk.scorecard.model.Severity;
import uk.scorecard.report.TextReport;
import uk.scorecard.rules.RulesException;

/** {@code rate}: fills Change, RAG and Caveat, marks problems, and writes the rated workbook. */
@Command(name = "rate", mixinStandardHelpOptions = true,
    description = "Rate a workbook and write the rated copy.")
final class RateCommand implements Callable<Integer> {

  private final Scorecard scorecard;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "WORKBOOK", description = "The workbook to rate.")
  Path in;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write the rated workbook (default: beside it, named NAME-rated).")
  Path out;

  @Option(names = "--live", description = "Colour RAG cells typed by hand too (conditional formatting).")
  boolean live;

  @picocli.CommandLine.Mixin
  RulesChoice rules = new RulesChoice();

  RateCommand(Scorecard scorecard) {
    this.scorecard = scorecard;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Rated rated;
    try {
      rated = scorecard.rate(new Input(in.toString(), CheckCommand.read(in)),
          new Options(rules.forWorkbook(in), live, false));
    } catch (RulesException e) {
      err.println(e.getMessage());
      return Cli.UNREADABLE;
    } catch (WorkbookRefusedException | IOException e) {
      err.println(in + ": cannot rate: " + e.getMessage());
      return Cli.UNREADABLE;
    }
    Path target = out != null ? out : in.resolveSibling(rated.fileName(in.getFileName().toString()));
    writeAtomically(target, rated.bytes());
    TextReport.write(List.of(rated.report()), stdout);
    stdout.println("Wrote " + target);
    return rated.report().hasAtLeast(Severity.ERROR) ? Cli.FINDINGS : Cli.CLEAN;
  }

  /** Writes beside the target then moves, so a failure never leaves half a workbook. */
  private static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".scorecard-", ".tmp");
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
