package uk.scorecard.internal.opc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;

/**
 * A package's parts by name, as its zip lists them: part names ignore case (the packaging standard
 * says {@code Sheet1.xml} and {@code sheet1.xml} are one part), so a name is matched exactly first
 * and then ignoring case.
 */
public final class PackageParts {

  private final ZipReader zip;
  private final List<ZipItem> files = new ArrayList<>();
  private final Map<String, ZipItem> byLowerName = new HashMap<>();

  public PackageParts(ZipReader zip) {
    this.zip = zip;
    for (ZipItem i : zip.items()) {
      if (!i.isDirectory()) {
        files.add(i);
        byLowerName.putIfAbsent(lower(i.name()), i);
      }
    }
  }

  /** The zip underneath. */
  public ZipReader zip() {
    return zip;
  }

  /** Every file entry, in the order of the zip's directory. */
  public List<ZipItem> files() {
    return files;
  }

  /** The entry of a part, matched exactly and then ignoring case, or null. */
  public @Nullable ZipItem find(String name) {
    ZipItem e = zip.find(name);
    return e != null ? e : byLowerName.get(lower(name));
  }

  /** The entry name as the zip spells it, or the name itself when there is no such entry. */
  public String actual(String name) {
    ZipItem e = find(name);
    return e == null ? name : e.name();
  }

  /** At most {@code max} bytes of a part, or null when the package has no such part. */
  public byte @Nullable [] read(String name, int max) throws IOException {
    ZipItem e = find(name);
    if (e == null) {
      return null;
    }
    try (InputStream in = zip.open(e)) {
      return in.readNBytes(max);
    }
  }

  /** A whole part, or null when the package has no such part. */
  public byte @Nullable [] read(String name) throws IOException {
    return read(name, Integer.MAX_VALUE);
  }

  /** A name in lower case, for matching part names. */
  public static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
