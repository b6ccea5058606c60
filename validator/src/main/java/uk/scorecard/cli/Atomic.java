package uk.scorecard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file beside its target then moves it, so a failure never leaves half a file. The partial
 * file is hidden ({@code .scorecard-PID-N.tmp}); it is removed when the run is stopped (Ctrl-C,
 * SIGTERM), and one left by a run that was killed outright is removed by the next run that writes
 * into the same folder.
 */
final class Atomic {

  /** Writes the content of a file to a stream. */
  @FunctionalInterface
  interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private static final AtomicLong COUNTER = new AtomicLong();
  private static final Pattern OURS = Pattern.compile("\\.scorecard-(\\d+)-\\d+\\.tmp");

  /** A partial file this old whose process is gone is stale (younger: maybe another machine's). */
  private static final Duration STALE_AFTER = Duration.ofMinutes(1);

  private static final Set<Path> PARTIAL = ConcurrentHashMap.newKeySet();
  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();
  private static final AtomicBoolean HOOKED = new AtomicBoolean();

  private Atomic() {}

  /** Writes the bytes to the target, creating its folder if need be. */
  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** Writes the body to the target, creating its folder if need be. */
  static void write(Path target, Body body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    sweep(dir);
    Path tmp = reserve(dir);
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        body.writeTo(out);
      }
      if (Files.isSymbolicLink(target)
          || (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))) {
        // It changed since the destination was chosen: never move a file over a special one.
        throw new IOException("it is no longer a regular file");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
      PARTIAL.remove(tmp);
    }
  }

  /**
   * A new empty file in the folder, named by process and counter. Not Files.createTempFile: its
   * random names start the JDK's security providers, which a short run otherwise never loads, and
   * the rated workbook would keep its owner-only permissions.
   */
  private static Path reserve(Path dir) throws IOException {
    if (HOOKED.compareAndSet(false, true)) {
      Runtime.getRuntime().addShutdownHook(new Thread(Atomic::removePartial, "scorecard-tmp"));
    }
    String stem = ".scorecard-" + ProcessHandle.current().pid() + "-";
    for (int tries = 1; ; tries++) {
      Path tmp = dir.resolve(stem + COUNTER.incrementAndGet() + ".tmp");
      PARTIAL.add(tmp);
      try {
        return Files.createFile(tmp);
      } catch (FileAlreadyExistsException e) {
        PARTIAL.remove(tmp);
        if (tries == 100) {
          throw e;
        }
      }
    }
  }

  /** The shutdown hook: removes the partial files of writes still under way. */
  static void removePartial() {
    for (Path tmp : PARTIAL) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException e) {
        // Going down: the next run in this folder removes it (see sweep).
      }
    }
  }

  /** Removes partial files a killed run of ours left in the folder, once per folder per run. */
  private static void sweep(Path dir) {
    if (!SWEPT.add(dir)) {
      return;
    }
    Instant old = Instant.now().minus(STALE_AFTER);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".scorecard-*.tmp")) {
      for (Path f : files) {
        Matcher m = OURS.matcher(f.getFileName().toString());
        if (m.matches()
            && !running(m.group(1))
            && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(old)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      // Tidying only: a folder we cannot list or a file we cannot remove is left as it is.
    }
  }

  private static boolean running(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true; // not a process id we could have written: leave it alone
    }
  }
}
