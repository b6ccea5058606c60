package uk.scorecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.compare.Comparison;
import uk.scorecard.compare.Sentences;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.CompareReport;
import uk.scorecard.report.TerminalText;
import uk.scorecard.rules.RulesException;

/** {@code compare}: what changed between last month's workbook and this month's, by indicator. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare last month's workbook with this month's by indicator: new, removed,"
          + " renamed or renumbered indicators, changed targets, tolerances and polarities, past"
          + " figures restated (a warning) or filled in late, and rating changes; then the"
          + " exception report."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:compared (and, with --fail-on warning, no past figure restated or withdrawn)",
      "1:with --fail-on warning: a past figure was restated or withdrawn",
      "2:wrong arguments, or a workbook or rules file that cannot be read"
    })
final class CompareCommand implements Callable<Integer> {

  /** The forms a comparison is printed in. */
  enum Format {
    text,
    json,
    markdown
  }

  private final Scorecard scorecard;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "LAST", description = "Last month's workbook.")
  Path last;

  @Parameters(index = "1", paramLabel = "THIS", description = "This month's workbook.")
  Path now;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(
      names = "--fail-on",
      defaultValue = "never",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when a change is at or above: warning (a restated or withdrawn past"
              + " figure) or never (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.never;

  @Mixin RulesChoice rules = new RulesChoice();

  CompareCommand(Scorecard scorecard) {
    this.scorecard = scorecard;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Comparison c;
    try {
      Path here = now.toAbsolutePath().getParent();
      Options options =
          new Options(rules.forWorkbook(now, here == null ? now : here), false, false);
      c = scorecard.compare(CheckCommand.namedInput(last), CheckCommand.namedInput(now), options);
    } catch (RulesException | WorkbookRefusedException | IOException e) {
      err.println(TerminalText.line("scorecard compare: cannot compare: " + e.getMessage()));
      err.flush();
      return Cli.UNREADABLE;
    }
    switch (format) {
      case json -> {
        CompareReport.json(c, out);
        out.println();
      }
      case markdown -> CompareReport.markdown("Changes " + c.since(), Sentences.report(c), out);
      default -> CompareReport.text(c, out);
    }
    out.flush();
    boolean fails = failOn != FailOn.never && !c.warnings().isEmpty();
    return fails ? Cli.FINDINGS : Cli.CLEAN;
  }
}
