package uk.scorecard.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads a package's zip entries from its bytes. */
final class Zip {

  /** Handles one entry's content as it streams past. */
  interface EntryHandler {
    void handle(String name, InputStream content) throws IOException;
  }

  private Zip() {}

  /** The names of every entry, mapped to its content when {@code load} accepts the name. */
  static Map<String, byte[]> read(byte[] zip, Predicate<String> load) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    each(zip, (name, in) -> out.put(name, load.test(name) ? in.readAllBytes() : null));
    return out;
  }

  /** Streams every entry, in order, to the handler. */
  static void each(byte[] zip, EntryHandler handler) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          handler.handle(e.getName(), in);
        }
      }
    }
  }
}
