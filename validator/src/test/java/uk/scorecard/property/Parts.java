package uk.scorecard.property;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A package's parts by name, unpacked, for comparing two rated workbooks part by part. */
final class Parts {

  private Parts() {}

  /** Each part's name and unpacked bytes. */
  static Map<String, byte[]> of(byte[] zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The names of the parts that differ, are missing from one or added in the other. */
  static List<String> differing(byte[] a, byte[] b) {
    Map<String, byte[]> pa = of(a);
    Map<String, byte[]> pb = of(b);
    TreeSet<String> names = new TreeSet<>(pa.keySet());
    names.addAll(pb.keySet());
    List<String> out = new ArrayList<>();
    for (String n : names) {
      if (!pa.containsKey(n) || !pb.containsKey(n) || !Arrays.equals(pa.get(n), pb.get(n))) {
        out.add(n);
      }
    }
    return out;
  }
}
