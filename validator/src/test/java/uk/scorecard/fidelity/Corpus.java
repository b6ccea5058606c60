package uk.scorecard.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Reads workbooks from ../shared/corpus (never copied into the project); skips when it is absent. */
final class Corpus {

  private Corpus() {}

  /** The bytes of a corpus file such as "robustness/SimpleMacro.xlsm"; skips the test if absent. */
  static byte[] read(String relative) {
    Path file = Path.of(System.getProperty("scorecard.shared", "../../shared"), "corpus", relative);
    Assumptions.assumeTrue(Files.isRegularFile(file), "corpus file not present: " + file);
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
