package uk.scorecard.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Reads workbooks from the shared corpus (never copied into the project); skips when it is absent.
 * The corpus is {@code shared/corpus} in the nearest folder above the working directory that has
 * one, or under the {@code scorecard.shared} system property when that is set.
 */
final class Corpus {

  private Corpus() {}

  /** The bytes of a corpus file such as "robustness/SimpleMacro.xlsm"; skips the test if absent. */
  static byte[] read(String relative) {
    Path file = root().resolve(relative);
    Assumptions.assumeTrue(Files.isRegularFile(file), "corpus file not present: " + file);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The corpus folder; it may not exist, in which case reads skip. */
  static Path root() {
    String set = System.getProperty("scorecard.shared");
    if (set != null) {
      return Path.of(set, "corpus");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path corpus = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(corpus)) {
        return corpus;
      }
    }
    return Path.of("shared", "corpus");
  }
}
