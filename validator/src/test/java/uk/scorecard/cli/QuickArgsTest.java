package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import uk.scorecard.Scorecard;

/**
 * The quick parser and picocli agree: every command line the quick way takes gives the command the
 * same options picocli would, and everything else (help, mistakes, argument files) is left to
 * picocli. Arguments are written here separated by spaces.
 */
final class QuickArgsTest {

  private static final Scorecard SCORECARD = new Scorecard();
  private static final PrintWriter NOWHERE = new PrintWriter(new StringWriter());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "check a.xlsx",
        "check a.xlsx b.xlsx folder 'workbooks/**/*.xlsx'",
        "check a.xlsx --format sarif --fail-on warning",
        "check --format=json a.xlsx --fail-on=never",
        "check a.xlsx --output report.xml --format junit --publish",
        "check --rules rules.yaml a.xlsx --output=r=1.xml",
        "rate a.xlsx",
        "rate a.xlsx -o out.xlsx",
        "rate a.xlsx --output=out.xlsx --live",
        "rate a.xlsx --no-live -o out.xlsx",
        "rate folder --out-dir rated --fail-on warning",
        "rate a.xlsx b.xlsx --out-dir=rated --rules r.json",
        "rate march.xlsx --since february.xlsx -o rated.xlsx",
        "check march.xlsx --since=february.xlsx --format markdown",
        "check a.xlsx --min-severity warning --allow-no-table",
        "rate folder --out-dir rated --min-severity=error --allow-no-table",
      })
  void takesWhatPicocliTakesAndSetsTheSameOptions(String line) {
    String[] args = args(line);

    Optional<Object> quick = quick(args);

    assertThat(quick).as("taken the quick way").isPresent();
    assertThat(options(quick.get())).isEqualTo(options(picocli(args)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "check",
        "rate",
        "rules",
        "--help",
        "--version",
        "check --help",
        "rate -h",
        "check a.xlsx -V",
        "check @args.txt",
        "check a.xlsx --format",
        "check a.xlsx --format xml",
        "check a.xlsx --format=",
        "check a.xlsx --format text --format json",
        "check a.xlsx --publish --publish",
        "check a.xlsx --publish=true",
        "check a.xlsx --unknown",
        "check a.xlsx -- b.xlsx",
        "check a.xlsx --output -x",
        "check a.xlsx --live",
        "rate a.xlsx -o",
        "rate a.xlsx -o out.xlsx --output again.xlsx",
        "rate a.xlsx -oout.xlsx",
        "rate a.xlsx -o out.xlsx --out-dir rated",
        "rate a.xlsx b.xlsx -o out.xlsx",
        "rate folder/*.xlsx",
        "rate a.xlsx --publish",
        "rate a.xlsx --format json",
        "rate a.xlsx --fail-on ERROR",
        "lint a.xlsx",
        "check a.xlsx --min-severity WARNING",
        "check a.xlsx --allow-no-table=true",
        "rate a.xlsx --allow-no-table --allow-no-table",
      })
  void leavesEverythingElseToPicocli(String line) {
    assertThat(quick(args(line))).isEmpty();
  }

  /**
   * Every option picocli defines for check and rate, given once with a valid value, is either taken
   * the quick way with the options picocli would set, or named here as left to picocli: an option
   * added to one parser and not the other fails this test.
   */
  @ParameterizedTest
  @ValueSource(strings = {"check", "rate"})
  void walksEveryPicocliOption(String command) {
    Set<String> leftToPicocli = Set.of("--help", "--version");
    CommandLine.Model.CommandSpec spec =
        Cli.picocli(SCORECARD, NOWHERE, NOWHERE).getSubcommands().get(command).getCommandSpec();
    List<String> walked = new ArrayList<>();
    for (CommandLine.Model.OptionSpec option : spec.options()) {
      String name = option.longestName();
      walked.add(name);
      List<String> line = new ArrayList<>(List.of(command, "a.xlsx", name));
      if (option.arity().min() > 0) {
        line.add(validValue(option.type()));
      }
      String[] args = line.toArray(String[]::new);
      Optional<Object> quick = quick(args);
      if (leftToPicocli.contains(name)) {
        assertThat(quick).as(name).isEmpty();
      } else {
        assertThat(quick).as(name + " taken the quick way").isPresent();
        assertThat(options(quick.get())).as(name).isEqualTo(options(picocli(args)));
      }
    }
    assertThat(walked).as("options walked").containsAll(leftToPicocli).hasSizeGreaterThan(4);
  }

  private static String validValue(Class<?> type) {
    if (type.isEnum()) {
      return type.getEnumConstants()[type.getEnumConstants().length - 1].toString();
    }
    return "x.out";
  }

  private static String[] args(String line) {
    return Arrays.stream(line.split(" ")).map(a -> a.replace("'", "")).toArray(String[]::new);
  }

  private static Optional<Object> quick(String[] args) {
    return QuickArgs.parse(args, SCORECARD, NOWHERE, NOWHERE).map(Object.class::cast);
  }

  private static Object picocli(String[] args) {
    return Cli.picocli(SCORECARD, NOWHERE, NOWHERE)
        .parseArgs(args)
        .subcommand()
        .commandSpec()
        .userObject();
  }

  /** Everything a parser sets on a command. */
  private static List<Object> options(Object command) {
    if (command instanceof CheckCommand c) {
      return Arrays.asList(
          "check",
          c.paths,
          c.format,
          c.findings.failOn,
          c.output,
          c.publish,
          c.rules.file,
          c.since,
          c.findings.minSeverity,
          c.findings.allowNoTable);
    }
    RateCommand r = (RateCommand) command;
    return Arrays.asList(
        "rate",
        r.paths,
        r.out,
        r.outDir,
        r.live,
        r.findings.failOn,
        r.rules.file,
        r.since,
        r.findings.minSeverity,
        r.findings.allowNoTable);
  }
}
