package uk.scorecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.Report;

/**
 * Warm, in-process timings of the library the server calls: one shared {@link Scorecard}, a
 * workbook already in memory. Run with {@code -t 4 -bm thrpt} for the four-client throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
public class WarmBench {

  @Param({"S"})
  public String size;

  private final Scorecard scorecard = new Scorecard();
  private Input input;

  /** Generates the workbook once per fork. */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    Path file = Files.createTempFile("scorecard-bench-", ".xlsx");
    try {
      BenchWorkbooks.write(file, BenchWorkbooks.Size.valueOf(size));
      input = new Input("scorecard-" + size + ".xlsx", Files.readAllBytes(file));
    } finally {
      Files.delete(file);
    }
  }

  /** Read, check and rate, as the server's /api/check does. */
  @Benchmark
  public Report check() throws WorkbookRefusedException {
    return scorecard.check(input, Options.DEFAULT);
  }

  /** Read, check, rate and write the rated copy, as the server's /api/rate does. */
  @Benchmark
  public Rated rate() throws WorkbookRefusedException {
    return scorecard.rate(input, Options.DEFAULT);
  }
}
