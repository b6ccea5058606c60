package uk.scorecard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import uk.scorecard.Scorecard;
import uk.scorecard.check.Checker;
import uk.scorecard.report.TerminalText;

/** The command line as a function of (args, out, err) returning an exit code. */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    version = "scorecard " + Cli.VERSION,
    description = "Checks and RAG-rates children's-services performance scorecard workbooks.",
    subcommands = {
      CheckCommand.class,
      RateCommand.class,
      CompareCommand.class,
      DumpCommand.class,
      RulesCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:no findings at or above the --fail-on threshold",
      "1:findings at or above the threshold (errors by default), or a workbook with no"
          + " indicator table (unless --allow-no-table)",
      "2:wrong arguments, or a workbook or rules file that cannot be read"
    })
public final class Cli implements Runnable {

  /** The version the tool reports (in --version and in SARIF). */
  static final String VERSION = "0.1.0";

  /** Exit code: nothing at or above the threshold. */
  public static final int CLEAN = 0;

  /** Exit code: findings at or above the threshold. */
  public static final int FINDINGS = 1;

  /** Exit code: wrong arguments or unreadable input. */
  public static final int UNREADABLE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--list-rules",
      description = "List every check (as the rules command does) and exit.")
  boolean listRules;

  @Override
  public void run() {
    if (listRules) {
      RulesCommand.list(spec.commandLine().getOut());
      return;
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to do: check, rate, compare or dump (see --help)");
  }

  /** Runs the command line and returns its exit code; never exits the JVM. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && (args[0].equals("check") || args[0].equals("rate"))) {
      // Hibernate Validator takes a few hundred ms to start: let it start while we parse and read.
      Checker.prepareInBackground();
    }
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Scorecard scorecard = new Scorecard();
    Optional<Callable<Integer>> quick = QuickArgs.parse(args, scorecard, o, e);
    int code;
    try {
      code =
          quick.isPresent() ? callQuickly(quick.get(), e) : picocli(scorecard, o, e).execute(args);
    } catch (OutOfMemoryError oom) {
      code = outOfMemory(e);
    }
    o.flush();
    e.flush();
    return code;
  }

  /** The command line as picocli defines it, writing to these streams. */
  static CommandLine picocli(Scorecard scorecard, PrintWriter o, PrintWriter e) {
    return new CommandLine(new Cli(), new Factory(scorecard, o, e))
        .setOut(o)
        .setErr(e)
        .setExecutionExceptionHandler((ex, line, parsed) -> internalError(ex, line.getErr()));
  }

  static int callQuickly(Callable<Integer> command, PrintWriter err) {
    try {
      return command.call();
    } catch (OutOfMemoryError oom) {
      return outOfMemory(err);
    } catch (Exception ex) {
      return internalError(ex, err);
    }
  }

  /**
   * The heap ran out (a very large workbook, --live on one, or a small -Xmx): one line saying how
   * much Java was given and how to give it more, rather than a stack trace. What was held is let go
   * as the failure unwinds, so there is room to say it.
   */
  static int outOfMemory(PrintWriter err) {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    err.println(
        "scorecard: out of memory: this workbook needs more than the "
            + mb
            + " MB Java was given; run it with more, for example JAVA_TOOL_OPTIONS=-Xmx2g");
    return UNREADABLE;
  }

  /** Not expected: says what failed in one line rather than printing a stack trace. */
  private static int internalError(Exception ex, PrintWriter err) {
    err.println(
        TerminalText.line(
            "scorecard: internal error: "
                + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage())));
    return UNREADABLE;
  }

  /** Gives each command the shared Scorecard and the output streams. */
  private record Factory(Scorecard scorecard, PrintWriter out, PrintWriter err)
      implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == CheckCommand.class) {
        return cls.cast(new CheckCommand(scorecard, out, err));
      }
      if (cls == RateCommand.class) {
        return cls.cast(new RateCommand(scorecard, out));
      }
      if (cls == CompareCommand.class) {
        return cls.cast(new CompareCommand(scorecard));
      }
      if (cls == DumpCommand.class) {
        return cls.cast(new DumpCommand(scorecard));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
