package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stopped run leaves no partial file behind, and a killed run's partial file is tidied later. */
final class InterruptedWriteTest {

  @TempDir Path dir;

  @Test
  void aRunStoppedWhileWritingRemovesItsPartialFile() throws Exception {
    Path target = dir.resolve("rated.xlsx");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                InterruptedWrite.class.getName(),
                target.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("writing");
      assertThat(partial(dir)).hasSize(1);

      child.destroy(); // SIGTERM, as a service manager or `kill` sends

      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(partial(dir)).isEmpty();
    assertThat(target).doesNotExist();
  }

  @Test
  void aKilledRunsPartialFileIsRemovedByTheNextRunInThatFolder() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.clean());
    Path stale =
        Files.write(dir.resolve(".scorecard-" + finishedProcess() + "-1.tmp"), new byte[4096]);
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    long alive = ProcessHandle.current().parent().orElseThrow().pid();
    Path running = Files.write(dir.resolve(".scorecard-" + alive + "-1.tmp"), new byte[1]);
    Files.setLastModifiedTime(running, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Path fresh =
        Files.write(dir.resolve(".scorecard-" + finishedProcess() + "-2.tmp"), new byte[1]);
    Path someoneElses = Files.write(dir.resolve(".scorecard-notes.tmp"), new byte[1]);

    Run run = Run.of("rate", in.toString(), "-o", dir.resolve("rated.xlsx").toString());

    assertThat(run.code()).as(run.out()).isEqualTo(Cli.CLEAN);
    assertThat(stale).doesNotExist();
    assertThat(List.of(running, fresh, someoneElses)).allMatch(Files::exists);
  }

  /** The id of a process that has finished, so no process has it (until it is reused). */
  private static long finishedProcess() throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    p.waitFor();
    return p.pid();
  }

  private static List<Path> partial(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(p -> p.getFileName().toString().matches("\\.scorecard-\\d+-\\d+\\.tmp"))
          .toList();
    }
  }
}
