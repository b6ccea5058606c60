package uk.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Memory per cell (issue 23): a workbook of a million cells, the most one may hold, every one of
 * them in its scorecard table, is checked and rated in a 160 MB heap (see HEAP). Rating it runs in
 * about 98 MB now (the smallest -Xmx that works); when a cell cost the objects it once did (a map
 * of maps of cells, each figure a CellRef, an Observation and a BigDecimal of its own) it needed
 * over 200 MB.
 */
class MillionCellsIT {

  /**
   * The heap the command line gets. When the rate path went through the edit list and gained the
   * Rules sheet, rating ran out of 160 MB in some runs (it needed 162 MB; 146 MB stayed live while
   * the copy was written and self-checked) and this was 176 MB for a while. Measured with class
   * histograms: the workbook read and its rated indicators (684,000 observations) were still held
   * while writing, and the report held about 500,000 copies of a few hundred texts. Now rate lets
   * go of the first before it writes and keeps each text once: at most 81 MB live (72 MB while
   * writing) and about 98 MB needed, so 160 MB has room for the reader's second thread.
   */
  static final String HEAP = "-Xmx160m";

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "rate"})
  void aMillionCellsAreReadInASmallHeap(String command) throws Exception {
    Path in = BenchWorkbooks.writeTable(dir.resolve("cells-1m.xlsx"), TableWorkbooks.MILLION);
    Path jar =
        Path.of(System.getProperty("scorecard.jar", "../validator/target/scorecard-validator.jar"));
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "java",
                HEAP,
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toString(),
                command,
                in.toString()));
    if (command.equals("rate")) {
      cmd.addAll(List.of("-o", dir.resolve("rated.xlsx").toString()));
    }

    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isIn(0, 1); // 3 would be out of memory
    int indicators = BenchWorkbooks.tableIndicators(TableWorkbooks.MILLION);
    assertThat(indicators * 19 + 23).isBetween(999_000, 1_000_000);
    assertThat(output).contains("1 workbook, " + indicators + " indicators");
    if (command.equals("rate")) {
      assertThat(dir.resolve("rated.xlsx")).isNotEmptyFile();
    }
  }
}
