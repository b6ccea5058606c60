package uk.scorecard.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a run reads, known by the file system's own identity (device and inode), so a path that
 * reaches one of them another way (a link, a hard link, another spelling) is recognised without
 * comparing every pair.
 */
final class FileKeys {

  private final Set<Object> keys;

  private FileKeys(Set<Object> keys) {
    this.keys = keys;
  }

  /** The identities of these files (those that exist and have one). */
  static FileKeys of(List<Path> files) {
    Set<Object> keys = new HashSet<>();
    for (Path f : files) {
      Object k = key(f);
      if (k != null) {
        keys.add(k);
      }
    }
    return new FileKeys(keys);
  }

  /** True when the path, followed through links, is one of the files. */
  boolean contains(Path p) {
    Object k = key(p);
    return k != null && keys.contains(k);
  }

  private static Object key(Path p) {
    try {
      return Files.readAttributes(p, BasicFileAttributes.class).fileKey();
    } catch (IOException e) {
      return null; // not there (yet), or unreadable: nothing to clash with
    }
  }
}
