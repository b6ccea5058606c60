package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.report.SarifSchema;

/** {@code check} in-process: exit codes, --fail-on, --output, usage errors and rules discovery. */
final class CheckCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void aCleanFolderExitsZeroWithOnlyTheSummary() throws Exception {
    Scorecards.put(dir, "workbooks/clean.xlsx", Scorecards.clean());
    Scorecards.put(dir, "workbooks/~$clean.xlsx", Scorecards.lockFile());

    Run run = Run.of("check", dir.resolve("workbooks").toString());

    assertThat(run.code()).isEqualTo(Cli.CLEAN);
    assertThat(run.outLines())
        .containsExactly(
            "1 workbook, 1 indicator (0 red, 1 amber, 0 green, 0 grey): 0 errors, 0 warnings, 0 info");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anErrorFindingExitsOne() throws Exception {
    Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    Path bad = Scorecards.put(dir, "team/impossible.xlsx", Scorecards.impossible());

    Run run = Run.of("check", dir.toString());

    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.outLines())
        .contains(
            bad
                + ":Scorecard!L3: error [percent-range] Jun-19 is"
                + " 112%: a percentage cannot exceed 100%");
    assertThat(run.outLines().get(run.outLines().size() - 1))
        .startsWith("2 workbooks, 2 indicators")
        .contains("1 error,");
  }

  @Test
  void failOnSetsWhichFindingsFailTheRun() throws Exception {
    Path warned = Scorecards.put(dir, "warned/text.xlsx", Scorecards.textNumber());
    Path wrong = Scorecards.put(dir, "wrong/impossible.xlsx", Scorecards.impossible());

    assertThat(Run.of("check", warned.toString()).code()).isEqualTo(Cli.CLEAN);
    assertThat(Run.of("check", warned.toString(), "--fail-on", "warning").code())
        .isEqualTo(Cli.FINDINGS);
    assertThat(Run.of("check", wrong.toString(), "--fail-on", "error").code())
        .isEqualTo(Cli.FINDINGS);
    assertThat(Run.of("check", wrong.toString(), "--fail-on", "never").code()).isEqualTo(Cli.CLEAN);
  }

  @Test
  void anUnreadableWorkbookExitsTwoAndEveryOtherWorkbookIsStillChecked() throws Exception {
    Path broken = Scorecards.put(dir, "a/broken.xlsx", Scorecards.garbage());
    Scorecards.put(dir, "b/clean.xlsx", Scorecards.clean());
    Scorecards.put(dir, "b/~$clean.xlsx", Scorecards.lockFile());

    Run run = Run.of("check", dir.toString(), "--fail-on", "never");

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.outLines())
        .containsExactly(
            broken
                + ": cannot check: not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or"
                + " .xls)",
            "2 workbooks (1 could not be read), 1 indicator (0 red, 1 amber, 0 green, 0 grey):"
                + " 0 errors, 0 warnings, 0 info");
  }

  @Test
  void aPathThatNamesNothingExitsTwo() throws Exception {
    Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    Path missing = dir.resolve("missing.xlsx");

    Run run =
        Run.of(
            "check", dir.resolve("clean.xlsx").toString(), missing.toString(), dir + "/**/*.xlsb");

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.outLines())
        .containsExactly(
            missing + ": cannot check: no such file or folder",
            dir + "/**/*.xlsb: cannot check: no workbooks match this pattern",
            "3 workbooks (2 could not be read), 1 indicator (0 red, 1 amber, 0 green, 0 grey):"
                + " 0 errors, 0 warnings, 0 info");
  }

  @Test
  void wrongArgumentsExitTwoWithAReason() {
    assertThat(Run.of("check").code()).isEqualTo(Cli.UNREADABLE);
    Run badFormat = Run.of("check", "--format", "xml", "x.xlsx");
    assertThat(badFormat.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(badFormat.err()).contains("--format").contains("xml");
    Run badThreshold = Run.of("check", "--fail-on", "info", "x.xlsx");
    assertThat(badThreshold.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(badThreshold.err()).contains("--fail-on");
    assertThat(Run.of("check", "--no-such-option", "x.xlsx").code()).isEqualTo(Cli.UNREADABLE);
    assertThat(Run.of().code()).isEqualTo(Cli.UNREADABLE);
  }

  @Test
  void helpDocumentsEveryExitCodeAndFormat() {
    Run help = Run.of("check", "--help");

    assertThat(help.code()).isEqualTo(Cli.CLEAN);
    assertThat(help.out())
        .contains("Exit codes:")
        .containsPattern("\\s0\\s+no findings at or above the --fail-on threshold")
        .containsPattern("\\s1\\s+findings at or above the threshold")
        .containsPattern("\\s2\\s+wrong arguments, or a workbook or rules file that cannot be")
        .contains("text, json, junit, sarif, github")
        .containsPattern("error,\\s+warning,\\s+never"); // however picocli wraps the line
    assertThat(Run.of("--help").out()).contains("Exit codes:");
    assertThat(Run.of("rate", "--help").out()).contains("Exit codes:");
  }

  @Test
  void outputWritesTheReportToTheFileAndTheSummaryToTheTerminal() throws Exception {
    Path broken = Scorecards.put(dir, "wb/broken.xlsx", Scorecards.garbage());
    Scorecards.put(dir, "wb/clean.xlsx", Scorecards.clean());
    Path report = dir.resolve("reports/scorecard.sarif");

    Run run =
        Run.of(
            "check",
            dir.resolve("wb").toString(),
            "--format",
            "sarif",
            "--output",
            report.toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    JsonNode sarif = JSON.readTree(Files.readString(report));
    assertThat(SarifSchema.problems(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/artifacts")).hasSize(2);
    assertThat(run.outLines())
        .containsExactly(
            broken
                + ": cannot check: not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or"
                + " .xls)",
            "2 workbooks (1 could not be read), 1 indicator (0 red, 1 amber, 0 green, 0 grey):"
                + " 0 errors, 0 warnings, 0 info");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aReportThatCannotBeWrittenExitsTwo() throws Exception {
    Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    Path notAFolder = Scorecards.put(dir, "file", new byte[] {1});

    Run run =
        Run.of(
            "check",
            dir.resolve("clean.xlsx").toString(),
            "--output",
            notAFolder.resolve("report.json").toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err())
        .startsWith(notAFolder.resolve("report.json") + ": cannot write the report");
  }

  @Test
  void theNearestRulesFileUpToTheFolderGivenApplies() throws Exception {
    Path workbook = Scorecards.put(dir, "repo/workbooks/team/board.xlsx", Scorecards.noTarget());
    rules("repo/workbooks/scorecard-rules.json", "80%");
    rules("repo/scorecard-rules.json", "95%");
    Path strict = rules("strict.json", "95%");

    assertThat(rating(dir.resolve("repo/workbooks").toString())).isEqualTo("green");
    assertThat(rating(dir.resolve("repo").toString())).isEqualTo("green");
    assertThat(rating(dir.resolve("repo/workbooks/team").toString())).isEqualTo("grey");
    assertThat(rating(workbook.toString())).isEqualTo("grey");
    assertThat(rating(dir.resolve("repo").toString(), "--rules", strict.toString()))
        .isEqualTo("red");
  }

  @Test
  void aBrokenRulesFileMakesItsWorkbooksUnreadable() throws Exception {
    Path workbook = Scorecards.put(dir, "wb/board.xlsx", Scorecards.clean());
    Path rules =
        Scorecards.put(
            dir,
            "wb/scorecard-rules.json",
            "{\"defaults\": {\"tolerence\": \"5%\"}}".getBytes(StandardCharsets.UTF_8));

    Run run = Run.of("check", dir.resolve("wb").toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.outLines().get(0))
        .startsWith(workbook + ": cannot check: " + rules + ": unknown key 'tolerence'");
  }

  private String rating(String... args) throws Exception {
    Run run = Run.of(concat(args, "--format", "json"));
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.CLEAN);
    return JSON.readTree(run.out()).at("/files/0/indicators/0/rating").asText();
  }

  private Path rules(String relative, String target) throws Exception {
    String text = "{\"indicators\": {\"CIN 1\": {\"target\": \"" + target + "\"}}}";
    return Scorecards.put(dir, relative, text.getBytes(StandardCharsets.UTF_8));
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = new String[first.length + more.length + 1];
    all[0] = "check";
    System.arraycopy(first, 0, all, 1, first.length);
    System.arraycopy(more, 0, all, 1 + first.length, more.length);
    return all;
  }
}
