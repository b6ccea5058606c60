package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.container.XmlDepth;
import uk.scorecard.rules.RulesException;
import uk.scorecard.rules.RulesFile;

/**
 * The cost test (issue 23): for every costly shape we know, checking and rating a workbook costs
 * work in proportion to its size. Each shape is made at a size n and at 4n; the work is what the
 * thread allocates (deterministic enough to assert on a loaded machine) and its CPU time (given a
 * bound ten times what it needs, against the minutes a quadratic reading took). The input's size is
 * the file's and its parts' unpacked (the package guard bounds the second against the first, at
 * most 100:1): a part costs for its place in the zip as well as for what it holds.
 */
final class CostTest {

  /**
   * Bytes allocated per byte of input, beyond a run's fixed cost: 250 at most today (a dense table,
   * whose every figure is checked by Bean Validation and rewritten through StAX events).
   */
  static final long ALLOCATED_PER_BYTE = 500;

  /** How much faster than the input the allocation may grow between n and 4n: linear is 1. */
  static final double GROWTH = 1.5;

  /** CPU time per byte of input, beyond ten times a run's fixed cost: 2 µs at most today. */
  static final long NANOS_PER_BYTE = 2_000;

  private static final Scorecard SCORECARD = new Scorecard();
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** What checking and rating the smallest table costs: set-up, styles, the Checks sheet. */
  private static Cost fixed;

  record Shape(String name, IntFunction<byte[]> make, int n) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A run's work and its input's unpacked size. */
  record Cost(long allocated, long cpuNanos, long size) {}

  static Stream<Shape> shapes() {
    return Stream.of(
        new Shape("long digits", n -> CostlyFiles.sharedFigure(CostlyFiles.digits(n), 19), 20_000),
        new Shape("long strings", CostlyShapes::longStrings, 20_000),
        new Shape("many cells", CostlyFiles::manyCells, 20_000),
        new Shape("many styles", CostlyShapes::manyStyles, 2_000),
        new Shape("many merges", CostlyShapes::manyMerges, 2_000),
        new Shape("many notes", CostlyShapes::manyNotes, 1_000),
        new Shape("deep nesting", n -> CostlyShapes.deepNesting(n, XmlDepth.MAX_DEPTH - 3), 10),
        new Shape("many tiny sheets", CostlyShapes::tinySheets, 30),
        new Shape("many tiny parts", CostlyShapes::tinyParts, 200));
  }

  @BeforeAll
  static void warmUp() {
    byte[] smallest = CostlyShapes.tinyParts(0);
    fixed = cheapest(smallest);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void workGrowsWithTheInputNotFaster(Shape shape) {
    byte[] small = shape.make().apply(shape.n());
    byte[] large = shape.make().apply(4 * shape.n());
    cost(small); // classes and first-time set-up of this shape's paths
    Cost a = cost(small);
    Cost b = cheapest(large);
    System.out.printf(
        "%s: %,d and %,d bytes of input; allocated %,d and %,d (%.1f and %.1f a"
            + " byte beyond the fixed %,d); CPU %.0f and %.0f ms%n",
        shape,
        a.size(),
        b.size(),
        a.allocated(),
        b.allocated(),
        perByte(a.allocated(), fixed.allocated(), a.size()),
        perByte(b.allocated(), fixed.allocated(), b.size()),
        fixed.allocated(),
        a.cpuNanos() / 1e6,
        b.cpuNanos() / 1e6);

    assertThat(b.allocated())
        .as("bytes allocated for %,d bytes of input", b.size())
        .isLessThanOrEqualTo(fixed.allocated() + ALLOCATED_PER_BYTE * b.size());
    double sizeGrowth = (double) b.size() / a.size();
    assertThat((double) b.allocated() / a.allocated())
        .as("allocation growth from n to 4n," + " against the input's growth of %.2f", sizeGrowth)
        .isLessThanOrEqualTo(GROWTH * sizeGrowth);
    assertThat(b.cpuNanos())
        .as("CPU nanoseconds for %,d bytes of input", b.size())
        .isLessThanOrEqualTo(10 * fixed.cpuNanos() + NANOS_PER_BYTE * b.size());
  }

  /**
   * A rules file of n indicators, each with a note nested to the rules file's limit of ten levels
   * (JSON and YAML): reading it, or refusing it, costs in proportion to its size.
   */
  @ParameterizedTest(name = "rules file, {0}")
  @ValueSource(strings = {"json", "yaml"})
  void aRulesFileNestedToItsLimitCostsItsSize(String format) {
    byte[] small = rulesFile(format, 500);
    byte[] large = rulesFile(format, 2_000);
    rulesCost(small);
    Cost a = rulesCost(small);
    Cost b = rulesCost(large);
    System.out.printf(
        "rules file, %s: %,d and %,d bytes; allocated %,d and %,d; CPU %.0f and" + " %.0f ms%n",
        format,
        a.size(),
        b.size(),
        a.allocated(),
        b.allocated(),
        a.cpuNanos() / 1e6,
        b.cpuNanos() / 1e6);

    assertThat(b.allocated()).isLessThanOrEqualTo(ALLOCATED_PER_BYTE * b.size());
    assertThat((double) b.allocated() / a.allocated())
        .isLessThanOrEqualTo(GROWTH * b.size() / a.size());
    assertThat(b.cpuNanos()).isLessThanOrEqualTo(NANOS_PER_BYTE * b.size() + 1_000_000_000L);
  }

  private static byte[] rulesFile(String format, int n) {
    StringBuilder s = new StringBuilder();
    String deep = "[".repeat(7) + "1" + "]".repeat(7); // indicators, id, note, then 7: ten
    if (format.equals("json")) {
      s.append("{\"indicators\":{");
      for (int i = 0; i < n; i++) {
        s.append(i == 0 ? "" : ",")
            .append("\"IND ")
            .append(i)
            .append("\":{\"polarity\":")
            .append("\"higher\",\"target\":\"")
            .append(50 + i % 50)
            .append("%\",\"note\":")
            .append(deep)
            .append("}");
      }
      s.append("}}");
    } else {
      s.append("indicators:\n");
      for (int i = 0; i < n; i++) {
        s.append("  IND ")
            .append(i)
            .append(":\n    polarity: higher\n    target: ")
            .append(50 + i % 50)
            .append("%\n    note: ")
            .append(deep)
            .append('\n');
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static Cost rulesCost(byte[] file) {
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      RulesFile.parse("scorecard-rules." + (file[0] == '{' ? "json" : "yaml"), file);
    } catch (RulesException e) {
      // Refused in one line: its cost is measured all the same.
    }
    return new Cost(
        THREADS.getCurrentThreadAllocatedBytes() - allocated,
        THREADS.getCurrentThreadCpuTime() - cpu,
        file.length);
  }

  /**
   * The least CPU of three runs, with that run's allocation: on a loaded machine a run's CPU time
   * grows with what other processes do to its caches, never shrinks below the work itself.
   */
  private static Cost cheapest(byte[] workbook) {
    Cost best = cost(workbook);
    for (int i = 0; i < 2; i++) {
      Cost next = cost(workbook);
      best = next.cpuNanos() < best.cpuNanos() ? next : best;
    }
    return best;
  }

  /** What checking then rating the workbook costs this thread; a refusal is a result too. */
  private static Cost cost(byte[] workbook) {
    Input input = new Input("costly.xlsx", workbook);
    long allocated = THREADS.getCurrentThreadAllocatedBytes();
    long cpu = THREADS.getCurrentThreadCpuTime();
    try {
      SCORECARD.check(input, Options.DEFAULT);
      SCORECARD.rate(input, Options.DEFAULT);
    } catch (WorkbookRefusedException e) {
      // Refused in one line: its cost is measured all the same.
    }
    return new Cost(
        THREADS.getCurrentThreadAllocatedBytes() - allocated,
        THREADS.getCurrentThreadCpuTime() - cpu,
        workbook.length + unpacked(workbook));
  }

  private static double perByte(long allocated, long fixedPart, long size) {
    return (double) (allocated - fixedPart) / size;
  }

  /** The sum of the parts' unpacked sizes. */
  static long unpacked(byte[] zip) {
    long total = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      while (in.getNextEntry() != null) {
        total += in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return total;
  }
}
