package uk.scorecard.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/** Writes a file beside its target then moves it, so a failure never leaves half a file. */
final class Atomic {

  private static final AtomicLong COUNTER = new AtomicLong();

  private Atomic() {}

  /** Writes the bytes to the target, creating its folder if need be. */
  static void write(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = reserve(dir);
    try {
      Files.write(tmp, bytes);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * A new empty file in the folder, named by process and counter. Not Files.createTempFile: its
   * random names start the JDK's security providers, which a short run otherwise never loads, and
   * the rated workbook would keep its owner-only permissions.
   */
  private static Path reserve(Path dir) throws IOException {
    String stem = ".scorecard-" + ProcessHandle.current().pid() + "-";
    for (int tries = 1; ; tries++) {
      try {
        return Files.createFile(dir.resolve(stem + COUNTER.incrementAndGet() + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (tries == 100) {
          throw e;
        }
      }
    }
  }
}
