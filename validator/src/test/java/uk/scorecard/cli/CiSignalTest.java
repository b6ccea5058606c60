package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What CI sees: a workbook with no table fails unless allowed; --min-severity hides info. */
final class CiSignalTest {

  @TempDir Path dir;

  @Test
  void aWorkbookWithNoTableFailsCheckAsAnError() throws Exception {
    Path none = Scorecards.put(dir, "budget.xlsx", uk.scorecard.fixtures.Scorecards.noTable());

    Run run = Run.of("check", none.toString());

    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.outLines().get(0)).startsWith(none + ": error [no-table] No indicator table");
    assertThat(run.outLines().get(1)).endsWith(": 1 error, 0 warnings, 0 info");
  }

  @Test
  void allowNoTableKeepsItInfoAndPasses() throws Exception {
    Path none =
        Scorecards.put(dir, "other/budget.xlsx", uk.scorecard.fixtures.Scorecards.noTable());
    Scorecards.put(dir, "other/clean.xlsx", Scorecards.clean());

    Run check = Run.of("check", dir.resolve("other").toString(), "--allow-no-table");
    Run rate =
        Run.of("rate", none.toString(), "-o", dir.resolve("r.xlsx").toString(), "--allow-no-table");
    Run strictRate = Run.of("rate", none.toString(), "-o", dir.resolve("s.xlsx").toString());

    assertThat(check.code()).isEqualTo(Cli.CLEAN);
    assertThat(check.out()).contains(": info [no-table]").contains("0 errors");
    assertThat(rate.code()).isEqualTo(Cli.CLEAN);
    assertThat(strictRate.code()).isEqualTo(Cli.FINDINGS);
    assertThat(strictRate.out()).contains(": error [no-table]");
  }

  @Test
  void failOnNeverStillPassesAWorkbookWithNoTable() throws Exception {
    Path none = Scorecards.put(dir, "budget.xlsx", uk.scorecard.fixtures.Scorecards.noTable());

    assertThat(Run.of("check", none.toString(), "--fail-on", "never").code()).isEqualTo(Cli.CLEAN);
  }

  @Test
  void minSeverityHidesLowerFindingsInEveryFormatButNotFromTheCounts() throws Exception {
    Path none = Scorecards.put(dir, "budget.xlsx", uk.scorecard.fixtures.Scorecards.noTable());
    Path text = Scorecards.put(dir, "text.xlsx", Scorecards.textNumber());

    Run warning =
        Run.of(
            "check",
            none.toString(),
            text.toString(),
            "--allow-no-table",
            "--min-severity",
            "warning");
    Run error = Run.of("check", text.toString(), "--min-severity", "error", "--format", "json");

    assertThat(warning.out())
        .doesNotContain("[no-table]")
        .contains("warning [text-number]")
        .contains("0 errors, 1 warning, 1 info (1 finding below warning not shown)");
    assertThat(error.out()).contains("\"findings\" : [ ]");
    assertThat(error.err()).contains("1 warning, 0 info (1 finding below error not shown)");
  }

  @Test
  void aRulesEntryForAnIdTheWorkbookLacksIsAWarningNamingTheFile() throws Exception {
    Path book = Scorecards.put(dir, "team/clean.xlsx", Scorecards.clean());
    Scorecards.put(
        dir,
        "team/scorecard-rules.yaml",
        "indicators:\n  ZZ 9:\n    target: 50%\n  cin 1:\n    target: 90%\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    Run run = Run.of("check", book.toString(), "--fail-on", "warning");

    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.outLines())
        .contains(
            book
                + ": warning [rules-unknown-id] scorecard-rules.yaml"
                + " names ZZ 9, which is not in the workbook");
    assertThat(run.out()).doesNotContain("names cin 1");
  }
}
