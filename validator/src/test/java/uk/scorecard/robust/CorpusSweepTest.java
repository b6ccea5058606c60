package uk.scorecard.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.cli.Cli;

/**
 * Runs every file in ../shared/corpus/robustness (fuzzer crashers, encrypted, bombs, Strict, .xlsb,
 * .ods, legacy .xls...) through {@code check} and {@code rate} in process: each finishes in 20 s
 * with exit 0, 1 or 2, and a refusal is one line with no stack trace. Prints the tally.
 */
class CorpusSweepTest {

  private static final Duration LIMIT = Duration.ofSeconds(20);
  private static final Map<String, Integer> TALLY = new ConcurrentHashMap<>();

  @TempDir static Path out;

  @TestFactory
  Stream<DynamicTest> everyCorpusFile() throws IOException {
    Path dir = SharedCorpus.folder("robustness").orElse(null);
    Assumptions.assumeTrue(dir != null, "../shared/corpus/robustness is not present");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    return files.stream()
        .flatMap(
            f ->
                Stream.of(
                    DynamicTest.dynamicTest("check " + f.getFileName(), () -> sweep(f, "check")),
                    DynamicTest.dynamicTest("rate " + f.getFileName(), () -> sweep(f, "rate"))));
  }

  private static void sweep(Path file, String command) {
    String[] args =
        command.equals("rate")
            ? new String[] {
              "rate", file.toString(), "-o", out.resolve("rated-" + file.getFileName()).toString()
            }
            : new String[] {"check", file.toString()};
    Result r =
        assertTimeoutPreemptively(
            LIMIT,
            () -> run(args),
            () -> command + " " + file + " took more than " + LIMIT.toSeconds() + " s");
    assertThat(r.code()).as(command + " exit code").isIn(Cli.CLEAN, Cli.FINDINGS, Cli.UNREADABLE);
    String all = r.out() + r.err();
    assertThat(all).doesNotContain("Exception", "\tat ", "at uk.", "at org.", "internal error");
    List<String> refusals =
        all.lines().filter(l -> l.contains(": cannot " + command + ": ")).toList();
    if (r.code() == Cli.UNREADABLE) {
      assertThat(refusals).as("one refusal line").hasSize(1);
      String reason =
          refusals
              .get(0)
              .substring(refusals.get(0).indexOf(": cannot ") + 9 + command.length() + 2);
      TALLY.merge(command + " refused: " + kind(reason), 1, Integer::sum);
    } else {
      assertThat(refusals).isEmpty();
      TALLY.merge(command + (command.equals("rate") ? " rated" : " checked"), 1, Integer::sum);
    }
  }

  /** The reason without the advice after it, so like refusals count together. */
  private static String kind(String reason) {
    int cut = reason.indexOf(" (");
    String head = cut > 0 ? reason.substring(0, cut) : reason;
    int colon = head.indexOf(": ", 20);
    return colon > 0 ? head.substring(0, colon) : head;
  }

  @AfterAll
  static void printTally() {
    if (!TALLY.isEmpty()) {
      System.out.println("Corpus sweep tally:");
      new TreeMap<>(TALLY).forEach((k, v) -> System.out.printf("  %3d  %s%n", v, k));
    }
  }

  private static Result run(String[] args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int code =
        Cli.run(
            args,
            new PrintStream(o, true, StandardCharsets.UTF_8),
            new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  private record Result(int code, String out, String err) {}
}
