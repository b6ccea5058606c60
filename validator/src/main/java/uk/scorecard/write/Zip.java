package uk.scorecard.write;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Reads a package's zip entries from its bytes through the central directory, so an entry is
 * inflated only when its content is read, and copies entries to a new zip still compressed.
 */
final class Zip {

  private Zip() {}

  /** The zip over the bytes, for reading entries in any order. */
  static ZipFile open(byte[] zip) throws IOException {
    return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
  }

  /** The names of every entry, mapped to its content when {@code load} accepts the name. */
  static Map<String, byte[]> read(byte[] zip, Predicate<String> load) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipFile z = open(zip)) {
      for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
        if (!e.isDirectory()) {
          out.put(e.getName(), load.test(e.getName()) ? read(z, e) : null);
        }
      }
    }
    return out;
  }

  /** One entry's content, or null when there is no such entry. */
  static byte[] readPart(byte[] zip, String name, int max) throws IOException {
    try (ZipFile z = open(zip)) {
      ZipArchiveEntry e = z.getEntry(name);
      if (e == null) {
        // Part names ignore case (Sheet1.xml is sheet1.xml); the exact name is tried first.
        e = Collections.list(z.getEntries()).stream()
            .filter(x -> x.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
      }
      if (e == null) {
        return null;
      }
      try (InputStream in = z.getInputStream(e)) {
        return in.readNBytes(max);
      }
    }
  }

  /** Every file entry, in the order of the zip's directory. */
  static Iterable<ZipArchiveEntry> files(ZipFile zip) {
    return Collections.list(zip.getEntries()).stream().filter(e -> !e.isDirectory()).toList();
  }

  /** Copies an entry as it is stored: no inflating and deflating again. */
  static void copyRaw(ZipFile from, ZipArchiveEntry e, ZipArchiveOutputStream to)
      throws IOException {
    try (InputStream raw = from.getRawInputStream(e)) {
      to.addRawArchiveEntry(new ZipArchiveEntry(e), raw);
    }
  }

  private static byte[] read(ZipFile z, ZipArchiveEntry e) throws IOException {
    try (InputStream in = z.getInputStream(e)) {
      return in.readAllBytes();
    }
  }
}
