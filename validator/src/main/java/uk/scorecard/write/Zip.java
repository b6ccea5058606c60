package uk.scorecard.write;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;

/** The parts of a package the writer reads whole: small ones, by name, ignoring case if need be. */
final class Zip {

  private Zip() {}

  /** The names of every entry, mapped to its content when {@code load} accepts the name. */
  static Map<String, byte[]> read(ZipReader z, Predicate<String> load) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (ZipItem e : files(z)) {
      out.put(e.name(), load.test(e.name()) ? read(z, e, Integer.MAX_VALUE) : null);
    }
    return out;
  }

  /** At most {@code max} bytes of one entry's content, or null when there is no such entry. */
  static byte[] readPart(ZipReader z, String name, int max) throws IOException {
    ZipItem e = z.find(name);
    if (e == null) {
      // Part names ignore case (Sheet1.xml is sheet1.xml); the exact name is tried first.
      e = files(z).stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
    return e == null ? null : read(z, e, max);
  }

  /** Every file entry, in the order of the zip's directory. */
  static List<ZipItem> files(ZipReader zip) {
    return zip.items().stream().filter(e -> !e.isDirectory()).toList();
  }

  private static byte[] read(ZipReader z, ZipItem e, int max) throws IOException {
    try (InputStream in = z.open(e)) {
      return in.readNBytes(max);
    }
  }
}
