package uk.scorecard.fidelity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Edits a zip package directly, part by part, for tests that tamper with one part. */
final class Zips {

  private Zips() {}

  /** The package with its parts edited in place (put, remove, replace) and zipped again. */
  static byte[] edit(byte[] pkg, Consumer<Map<String, byte[]>> change) {
    Map<String, byte[]> parts = new LinkedHashMap<>(PackageComparison.parts(pkg));
    change.accept(parts);
    return zip(parts, Deflater.DEFAULT_COMPRESSION);
  }

  /** These parts zipped in order at the given compression level (0 to 9). */
  static byte[] zip(Map<String, byte[]> parts, int level) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.setLevel(level);
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A part's text as UTF-8. */
  static String text(Map<String, byte[]> parts, String name) {
    return new String(parts.get(name), StandardCharsets.UTF_8);
  }
}
