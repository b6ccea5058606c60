package uk.scorecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.compare.Dump;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.TerminalText;
import uk.scorecard.rules.RulesException;

/**
 * {@code dump}: a stable text form of a workbook's indicators for {@code git diff} (a textconv
 * driver): a line per indicator with its rules and rating, and a line per period's figure.
 */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = {
      "Print a workbook's indicators as stable text, a line per indicator and per"
          + " figure, for git diff: in .gitattributes '*.xlsx diff=scorecard', then"
          + " 'git config diff.scorecard.textconv \"scorecard dump\"'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:printed", "2:a workbook or rules file that cannot be read"})
final class DumpCommand implements Callable<Integer> {

  private final Scorecard scorecard;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The workbook to print.")
  Path workbook;

  @Mixin RulesChoice rules = new RulesChoice();

  DumpCommand(Scorecard scorecard) {
    this.scorecard = scorecard;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      Path here = workbook.toAbsolutePath().getParent();
      Options options =
          new Options(rules.forWorkbook(workbook, here == null ? workbook : here), false, false);
      var rated =
          scorecard.ratedOnly(new Input(workbook.toString(), CheckCommand.read(workbook)), options);
      Dump.lines(rated).forEach(l -> out.println(TerminalText.line(l)));
      out.flush();
      return Cli.CLEAN;
    } catch (RulesException | WorkbookRefusedException | IOException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(TerminalText.line(workbook + ": cannot dump: " + e.getMessage()));
      err.flush();
      return Cli.UNREADABLE;
    }
  }
}
