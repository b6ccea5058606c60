package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Compares two OOXML packages part by part: parts not allowed to change stay byte-identical, none
 * go.
 */
final class PackageComparison {

  /** The workbook-level parts a write-back may rewrite (not the sheets, comments or drawings). */
  static final Set<String> WORKBOOK_PARTS =
      Set.of(
          "[Content_Types].xml",
          "xl/workbook.xml",
          "xl/_rels/workbook.xml.rels",
          "xl/styles.xml",
          "docProps/app.xml");

  private PackageComparison() {}

  /** Differences, allowing the named parts to change and new parts to appear. */
  static List<Difference> compare(byte[] original, byte[] rewritten, Set<String> mayChange) {
    return compare(original, rewritten, mayChange::contains);
  }

  /** Differences, allowing parts that match to change and new parts to appear. */
  static List<Difference> compare(byte[] original, byte[] rewritten, Predicate<String> mayChange) {
    Map<String, byte[]> before = parts(original);
    Map<String, byte[]> after;
    try {
      after = parts(rewritten);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      return List.of(
          new Difference("package", "the rewritten package is unreadable: " + e.getMessage()));
    }
    List<Difference> out = new ArrayList<>();
    before.forEach(
        (name, bytes) -> {
          byte[] now = after.get(name);
          if (now == null) {
            out.add(new Difference(name, "part removed"));
          } else if (mayChange.test(name)) {
            out.addAll(lostEntries(name, bytes, now));
          } else if (!Arrays.equals(bytes, now)) {
            out.add(new Difference(name, "part changed: " + firstChange(bytes, now)));
          }
        });
    return out;
  }

  private static List<Difference> lostEntries(String name, byte[] before, byte[] after) {
    try {
      return PackageXml.lostEntries(name, before, after);
    } catch (IllegalArgumentException e) {
      return List.of(new Difference(name, "part no longer readable: " + e.getMessage()));
    }
  }

  /** The rated sheet's XML part and its relationships part, e.g. for "xl/worksheets/sheet1.xml". */
  static Set<String> sheetParts(String sheetPart) {
    int slash = sheetPart.lastIndexOf('/');
    String rels =
        sheetPart.substring(0, slash + 1) + "_rels/" + sheetPart.substring(slash + 1) + ".rels";
    return Set.of(sheetPart, rels);
  }

  /** The part name (e.g. "xl/worksheets/sheet2.xml") of the sheet with this name in a package. */
  static String sheetPart(byte[] pkg, String sheetName) {
    return PackageXml.sheetPart(parts(pkg), sheetName);
  }

  /** Every part of a zip package by name (no leading slash), uncompressed, in stored order. */
  static Map<String, byte[]> parts(byte[] pkg) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(pkg))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.isDirectory()) {
          continue;
        }
        String name = e.getName().startsWith("/") ? e.getName().substring(1) : e.getName();
        if (parts.put(name, zip.readAllBytes()) != null) {
          throw new IllegalArgumentException("duplicate zip entry " + name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("not a readable zip: " + e.getMessage(), e);
    }
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("not a zip package (no entries)");
    }
    return parts;
  }

  /** Sizes and the first differing offset, with a little text around it from each side. */
  static String firstChange(byte[] a, byte[] b) {
    int at = Arrays.mismatch(a, b);
    return a.length
        + " -> "
        + b.length
        + " bytes, first difference at byte "
        + at
        + ": '"
        + around(a, at)
        + "' -> '"
        + around(b, at)
        + "'";
  }

  private static String around(byte[] bytes, int at) {
    int from = Math.max(0, at - 20);
    int to = Math.min(bytes.length, at + 40);
    String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    return text.replaceAll("[^\\x20-\\x7e]", "?");
  }
}
