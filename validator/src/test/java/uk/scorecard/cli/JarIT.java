package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.report.SarifSchema;

/**
 * The real shaded jar run as CI runs it, in its own JVM: {@code java -jar scorecard-validator.jar
 * check DIR --format sarif}. Runs in the verify phase (failsafe), after package built the jar.
 */
final class JarIT {

  @TempDir Path dir;

  @Test
  void theJarChecksAFolderAndPrintsValidSarifWithTheSummaryOnStderr() throws Exception {
    Scorecards.put(dir, "workbooks/clean.xlsx", Scorecards.clean());
    Path broken = Scorecards.put(dir, "workbooks/team/broken.xlsx", Scorecards.garbage());
    Scorecards.put(dir, "workbooks/team/~$clean.xlsx", Scorecards.lockFile());

    Result r = java("check", "workbooks", "--format", "sarif");

    assertThat(r.code()).as(r.err()).isEqualTo(Cli.UNREADABLE);
    JsonNode sarif = new ObjectMapper().readTree(r.out());
    assertThat(SarifSchema.problems(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/artifacts/0/location/uri").asText())
        .isEqualTo("workbooks/clean.xlsx");
    assertThat(sarif.at("/runs/0/artifacts")).hasSize(2);
    assertThat(r.err().lines())
        .containsExactly(
            dir.relativize(broken)
                + ": cannot check: not a spreadsheet: expected an Excel workbook"
                + " (.xlsx, .xlsm or .xls)",
            "2 workbooks (1 could not be read), 1 indicator (0 red, 1 amber, 0 green, 0 grey):"
                + " 0 errors, 0 warnings, 0 info");
  }

  @Test
  void theJarExitsZeroOnACleanPatternRelativeToTheWorkingFolder() throws Exception {
    Scorecards.put(dir, "workbooks/a/clean.xlsx", Scorecards.clean());

    Result r = java("check", "workbooks/**/*.xlsx");

    assertThat(r.code()).as(r.err()).isEqualTo(Cli.CLEAN);
    assertThat(r.out().lines())
        .containsExactly(
            "1 workbook, 1 indicator (0 red, 1 amber, 0 green, 0 grey): 0 errors, 0 warnings, 0 info");
    assertThat(r.err()).isEmpty();
  }

  private record Result(int code, String out, String err) {}

  private Result java(String... args) throws IOException, InterruptedException {
    Path jar =
        Path.of(System.getProperty("scorecard.jar", "target/scorecard-validator.jar"))
            .toAbsolutePath();
    assertThat(jar).as("the shaded jar (built by package)").isRegularFile();
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toString()));
    command.addAll(List.of(args));
    Path out = dir.resolve("stdout.txt");
    Path err = dir.resolve("stderr.txt");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the jar finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
