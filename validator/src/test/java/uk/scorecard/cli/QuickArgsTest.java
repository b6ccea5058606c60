package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
  @ValueSource(strings = {
      "check a.xlsx",
      "check a.xlsx b.xlsx folder 'workbooks/**/*.xlsx'",
      "check a.xlsx --format sarif --fail-on warning",
      "check --format=json a.xlsx --fail-on=never",
      "check a.xlsx --output report.xml --format junit --publish",
      "check --rules rules.yaml a.xlsx --output=r=1.xml",
      "rate a.xlsx",
      "rate a.xlsx -o out.xlsx",
      "rate a.xlsx --output=out.xlsx --live",
      "rate folder --out-dir rated --fail-on warning",
      "rate a.xlsx b.xlsx --out-dir=rated --rules r.json",
  })
  void takesWhatPicocliTakesAndSetsTheSameOptions(String line) {
    String[] args = args(line);

    Optional<Object> quick = quick(args);

    assertThat(quick).as("taken the quick way").isPresent();
    assertThat(options(quick.get())).isEqualTo(options(picocli(args)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "check", "rate", "rules", "--help", "--version", "check --help", "rate -h",
      "check a.xlsx -V", "check @args.txt", "check a.xlsx --format", "check a.xlsx --format xml",
      "check a.xlsx --format=", "check a.xlsx --format text --format json",
      "check a.xlsx --publish --publish", "check a.xlsx --publish=true", "check a.xlsx --unknown",
      "check a.xlsx -- b.xlsx", "check a.xlsx --output -x", "check a.xlsx --live",
      "rate a.xlsx -o", "rate a.xlsx -o out.xlsx --output again.xlsx", "rate a.xlsx -oout.xlsx",
      "rate a.xlsx -o out.xlsx --out-dir rated", "rate a.xlsx b.xlsx -o out.xlsx",
      "rate folder/*.xlsx", "rate a.xlsx --publish", "rate a.xlsx --format json",
      "rate a.xlsx --fail-on ERROR", "lint a.xlsx",
  })
  void leavesEverythingElseToPicocli(String line) {
    assertThat(quick(args(line))).isEmpty();
  }

  private static String[] args(String line) {
    return Arrays.stream(line.split(" ")).map(a -> a.replace("'", "")).toArray(String[]::new);
  }

  private static Optional<Object> quick(String[] args) {
    return QuickArgs.parse(args, SCORECARD, NOWHERE, NOWHERE).map(Object.class::cast);
  }

  private static Object picocli(String[] args) {
    return Cli.picocli(SCORECARD, NOWHERE, NOWHERE).parseArgs(args).subcommand().commandSpec()
        .userObject();
  }

  /** Everything a parser sets on a command. */
  private static List<Object> options(Object command) {
    if (command instanceof CheckCommand c) {
      return Arrays.asList("check", c.paths, c.format, c.failOn, c.output, c.publish, c.rules.file);
    }
    RateCommand r = (RateCommand) command;
    return Arrays.asList("rate", r.paths, r.out, r.outDir, r.live, r.failOn, r.rules.file);
  }
}
