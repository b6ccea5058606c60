package uk.scorecard.robust;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds ../shared/corpus: from the build's property, else by walking up from the working folder.
 */
final class SharedCorpus {

  private SharedCorpus() {}

  /** The folder {@code corpus/<name>}, when the shared folder is present. */
  static Optional<Path> folder(String name) {
    String property = System.getProperty("scorecard.shared");
    if (property != null && Files.isDirectory(Path.of(property, "corpus", name))) {
      return Optional.of(Path.of(property, "corpus", name));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("corpus").resolve(name);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
