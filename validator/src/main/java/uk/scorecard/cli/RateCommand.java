package uk.scorecard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.Outcome;
import uk.scorecard.report.Report;
import uk.scorecard.report.TerminalText;
import uk.scorecard.report.TextReport;
import uk.scorecard.report.Unreadable;
import uk.scorecard.rules.RulesException;

/** {@code rate}: fills Change, RAG and Caveat, marks problems, and writes rated workbooks. */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description =
        "Rate workbooks and write the rated copies; the workbooks themselves are never"
            + " changed.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no findings at or above the --fail-on threshold",
      "1:findings at or above the threshold (errors by default), or a workbook with no"
          + " indicator table (unless --allow-no-table)",
      "2:wrong arguments, or a workbook or rules file that cannot be read or written"
    })
final class RateCommand implements Callable<Integer> {

  private final Scorecard scorecard;
  private final PrintWriter stdout;
  private final Set<Path> written = new HashSet<>();
  private FileKeys inputs = FileKeys.of(List.of());

  /** Only for the usage errors picocli reports; {@link QuickArgs} never lets one through. */
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Workbooks, folders or glob patterns, as for check.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description =
          "Where to write the rated workbook when rating one file (default: beside it,"
              + " named NAME-rated).")
  Path out;

  @Option(
      names = "--out-dir",
      paramLabel = "DIR",
      description =
          "Write each rated workbook under DIR at its path relative to the folder or"
              + " pattern it was found from (a file given by name goes straight under DIR). Needed"
              + " for folders and patterns.")
  Path outDir;

  @Option(
      names = "--since",
      paramLabel = "LAST",
      description =
          "Last month's workbook: add a \"Since last month\" section to the Checks"
              + " sheet and say what changed in the exception report.")
  @Nullable Path since;

  @Option(
      names = "--live",
      description =
          "Keep ratings live: Change, RAG, Direction and the counts as Excel formulas that"
              + " rate as the officer types, a Rules sheet, and RAG colours for words typed by"
              + " hand. A workbook that is already live stays live without it.")
  boolean live;

  @Option(
      names = "--no-live",
      description = "Write the ratings as values, even into a workbook that is already live.")
  boolean noLive;

  @Mixin FindingsChoice findings = new FindingsChoice();

  @Mixin RulesChoice rules = new RulesChoice();

  RateCommand(Scorecard scorecard, PrintWriter stdout) {
    this.scorecard = scorecard;
    this.stdout = stdout;
  }

  @Override
  public Integer call() {
    String misuse = misuse();
    if (misuse != null) {
      throw new ParameterException(spec.commandLine(), misuse);
    }
    Workbooks.Expansion named = Workbooks.expand(paths, outDir);
    named
        .skipped()
        .forEach(
            p ->
                stdout.println(
                    TerminalText.line(
                        p
                            + ": not rated: it is inside"
                            + " --out-dir "
                            + outDir
                            + ", where the rated copies go")));
    inputs = FileKeys.of(named.found().stream().map(Workbooks.Found::file).toList());
    List<Outcome> outcomes = new ArrayList<>(named.problems());
    named.problems().forEach(u -> stdout.println(TextReport.unreadable(u, "rate")));
    for (Workbooks.Found w : named.found()) {
      Outcome o = rate(w);
      if (o instanceof Unreadable u) {
        stdout.println(TextReport.unreadable(u, "rate"));
      }
      outcomes.add(o);
    }
    stdout.println(TextReport.summary(outcomes) + findings.minSeverity.note(outcomes));
    stdout.flush();
    return findings.failOn.exitCode(outcomes);
  }

  /** Why these options cannot be used together, or null when they can. */
  @Nullable String misuse() {
    if (out != null && outDir != null) {
      return "give -o or --out-dir, not both";
    }
    if (live && noLive) {
      return "give --live or --no-live, not both";
    }
    boolean many = paths.stream().anyMatch(Workbooks::namesMany);
    if (out != null && (many || paths.size() > 1)) {
      return "-o names one rated workbook: rate one file with it, or use --out-dir";
    }
    if (outDir == null && many) {
      return "rating a folder or pattern needs --out-dir, so rated copies never mix with the"
          + " workbooks";
    }
    return null;
  }

  private Outcome rate(Workbooks.Found w) {
    String path = w.file().toString();
    Destination to = out == null ? Destination.REPLACE : Destination.of(out);
    if (to == Destination.FOLDER) {
      return new Unreadable(path, out + " is a folder: give -o the rated workbook's file name");
    }
    if (to == Destination.STDOUT || to == Destination.STDERR) {
      return new Unreadable(path, out + " is where the report is printed: give -o a file name");
    }
    Rated rated;
    try {
      rated =
          scorecard.rate(
              new Input(path, CheckCommand.read(w.file())),
              new Options(
                  rules.forWorkbook(w.file(), w.root()),
                  live,
                  false,
                  since == null ? null : CheckCommand.namedInput(since),
                  noLive));
    } catch (RulesException | WorkbookRefusedException | IOException e) {
      return new Unreadable(path, e.getMessage());
    }
    Path target = target(w, rated);
    String clash = clash(w, target);
    if (clash != null) {
      return new Unreadable(path, clash);
    }
    try {
      to.write(target, o -> o.write(rated.bytes()));
    } catch (IOException e) {
      return new Unreadable(path, "cannot write " + target + " (" + e.getMessage() + ")");
    }
    Outcome judged = NoTable.judged(rated.report(), findings.allowNoTable);
    TextReport.findings((Report) findings.minSeverity.shown(judged), stdout);
    stdout.println(TerminalText.line("Wrote " + target));
    return judged;
  }

  /** Why the rated copy must not be written to the target, or null when it may. */
  private @Nullable String clash(Workbooks.Found w, Path target) {
    Path key = target.toAbsolutePath().normalize();
    String choose = out != null ? "-o" : "--out-dir";
    if (key.equals(w.file().toAbsolutePath().normalize())
        || Destination.sameFile(target, w.file())) {
      // However the path reaches it (another spelling, a link, a hard link): never the original.
      return "the rated copy would replace the workbook itself; choose another " + choose;
    }
    if (inputs.contains(target)) {
      return "the rated copy would replace another workbook being rated; choose another " + choose;
    }
    if (!written.add(key)) {
      return "another workbook in this run was already rated to " + target;
    }
    return null;
  }

  private Path target(Workbooks.Found w, Rated rated) {
    if (out != null) {
      return out;
    }
    if (outDir != null) {
      return outDir.resolve(w.root().relativize(w.file().toAbsolutePath().normalize()));
    }
    return w.file().resolveSibling(rated.fileName(w.file().getFileName().toString()));
  }
}
