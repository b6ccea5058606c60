package uk.scorecard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The design property behind the performance goals: memory does not grow with the sheets we do not
 * rate, so the command line rates the 25 MB text-heavy workbook (L) in a 256 MB heap, copying its
 * data sheets whole.
 */
class BoundedMemoryIT {

  @TempDir Path dir;

  @Test
  void ratesTheLargeWorkbookInA256MbHeap() throws Exception {
    Path in = BenchWorkbooks.write(dir.resolve("scorecard-L.xlsx"), BenchWorkbooks.Size.L);
    Path out = dir.resolve("rated.xlsx");
    Path jar =
        Path.of(System.getProperty("scorecard.jar", "../validator/target/scorecard-validator.jar"));

    Process p =
        new ProcessBuilder(
                "java",
                "-Xmx256m",
                "-jar",
                jar.toString(),
                "rate",
                in.toString(),
                "-o",
                out.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isIn(0, 1); // 1: the generated figures have findings
    assertThat(output).contains("60 indicators");
    assertThat(entrySizes(out)).containsAll(entrySizes(in).subList(1, 6));
  }

  /** Each data sheet's name and size, which must come through the copy unchanged. */
  private static List<String> entrySizes(Path file) throws IOException {
    try (ZipFile z = new ZipFile(file.toFile())) {
      return z.stream()
          .filter(e -> e.getName().startsWith("xl/worksheets/sheet"))
          .sorted(java.util.Comparator.comparing(e -> e.getName()))
          .map(e -> e.getName() + " " + e.getSize() + " " + e.getCrc())
          .toList();
    }
  }
}
