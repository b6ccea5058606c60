package uk.scorecard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.jspecify.annotations.Nullable;

/**
 * How a file the command line writes must be written so that it clobbers nothing: a new file or a
 * regular one is replaced whole (written beside it, then moved over it); a link, FIFO, device or
 * socket is written through as a stream, since moving a file over it would replace the special file
 * itself (as root, {@code /dev/full} became a workbook); our own standard output or error is
 * written on the stream we already hold; a folder is refused.
 */
enum Destination {
  /** A folder: refused. */
  FOLDER,
  /** Our standard output ({@code /dev/stdout}, {@code /dev/fd/1}, or a link to one). */
  STDOUT,
  /** Our standard error. */
  STDERR,
  /** A link, FIFO, device or socket: opened and written through. */
  THROUGH,
  /** Nothing yet, or a regular file: written beside it and moved into place. */
  REPLACE;

  /** Links followed at most, looking for a standard stream; a loop ends as THROUGH. */
  private static final int MAX_LINKS = 16;

  /** How to write to this path. */
  static Destination of(Path path) {
    Path p = path;
    for (int i = 0; i < MAX_LINKS; i++) {
      Destination standard = standard(p);
      if (standard != null) {
        return standard;
      }
      if (!Files.isSymbolicLink(p)) {
        break;
      }
      try {
        Path next = Files.readSymbolicLink(p);
        Path parent = p.toAbsolutePath().getParent();
        p = parent == null ? next : parent.resolve(next);
      } catch (IOException | InvalidPathException e) {
        break; // unreadable, or a target such as pipe:[123] that is no path: not a standard name
      }
    }
    if (Files.isDirectory(path)) {
      return FOLDER;
    }
    BasicFileAttributes a = attributes(path);
    return a == null || a.isRegularFile() ? REPLACE : THROUGH;
  }

  private static Destination standard(Path p) {
    String s = p.toAbsolutePath().normalize().toString().replace('\\', '/');
    String pid = Long.toString(ProcessHandle.current().pid());
    for (String fds : new String[] {"/dev/fd/", "/proc/self/fd/", "/proc/" + pid + "/fd/"}) {
      if (s.equals(fds + "1")) {
        return STDOUT;
      }
      if (s.equals(fds + "2")) {
        return STDERR;
      }
    }
    return s.equals("/dev/stdout") ? STDOUT : s.equals("/dev/stderr") ? STDERR : null;
  }

  /** The path's own attributes (a link is not followed), or null when there is nothing there. */
  private static @Nullable BasicFileAttributes attributes(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  /** Writes the body to a {@link #THROUGH} or {@link #REPLACE} destination. */
  void write(Path path, Atomic.Body body) throws IOException {
    if (this == REPLACE) {
      Atomic.write(path, body);
    } else if (this == THROUGH) {
      try (OutputStream out =
          Files.newOutputStream(
              path,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING)) {
        body.writeTo(out);
      }
    } else {
      throw new IllegalStateException("not written as a file: " + this);
    }
  }

  /** True when the two paths name one file, through links, hard links or other spellings. */
  static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
