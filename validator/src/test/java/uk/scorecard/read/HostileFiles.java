package uk.scorecard.read;

import static uk.scorecard.read.container.HostilePackages.sheet;
import static uk.scorecard.read.container.HostilePackages.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import uk.scorecard.read.container.HostilePackages;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.container.PackageGuard;

/** Hostile workbooks, each built to pass one limit or carry one attack. */
final class HostileFiles {

  private HostileFiles() {}

  private static String row(String cells) {
    return "<row r=\"1\">" + cells + "</row>";
  }

  /** Text that packs about as well as real text, so no ratio limit is met before the length. */
  static String incompressible(int length) {
    java.util.Random random = new java.util.Random(1);
    StringBuilder s = new StringBuilder(length);
    while (s.length() < length) {
      s.append((char) ('a' + random.nextInt(26)));
    }
    return s.toString();
  }

  static byte[] zipBomb() {
    return workbook(1, "")
        .put("xl/worksheets/sheet1.xml", sheet("<row r=\"1\"/>" + " ".repeat(20 * 1024 * 1024)))
        .bytes();
  }

  static byte[] manyParts() {
    HostilePackages p = workbook(1, "");
    for (int i = 0; i < PackageGuard.MAX_PARTS; i++) {
      p.put("xl/media/part" + i + ".bin", new byte[] {1});
    }
    return p.bytes();
  }

  static byte[] padded(byte[] magic, int megabytes) {
    byte[] b = Arrays.copyOf(magic, (int) (megabytes * PackageGuard.MB) + 1);
    return b;
  }

  static byte[] billionLaughs() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"ha\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY l")
          .append(i)
          .append(" \"")
          .append(("&l" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    return workbook(1, row("<c r=\"A1\" t=\"s\"><v>0</v></c>"))
        .put(
            "xl/sharedStrings.xml",
            dtd + "<sst xmlns=\"" + HostilePackages.MAIN + "\"><si><t>&l9;</t></si></sst>")
        .bytes();
  }

  static byte[] externalEntity() {
    return workbook(1, "")
        .put(
            "xl/worksheets/sheet1.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE w"
                + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><worksheet xmlns=\""
                + HostilePackages.MAIN
                + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>")
        .bytes();
  }

  static byte[] utf16Doctype() {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE w [<!ENTITY x \"y\">]>"
            + "<worksheet xmlns=\""
            + HostilePackages.MAIN
            + "\"><sheetData/></worksheet>";
    return workbook(1, "")
        .put("xl/worksheets/sheet1.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_16))
        .bytes();
  }

  /**
   * A part of 101 MB of 'a' and 'b' at random: it packs about 7:1, so only the size of one part
   * stops it, not the ratio.
   */
  static byte[] largePart() {
    byte[] big = new byte[(int) (101 * PackageGuard.MB)];
    java.util.Random random = new java.util.Random(2);
    for (int i = 0; i < big.length; i += 64) {
      long bits = random.nextLong();
      for (int j = 0; j < 64 && i + j < big.length; j++) {
        big[i + j] = (byte) ((bits >>> j & 1) == 0 ? 'a' : 'b');
      }
    }
    return workbook(1, "").put("xl/media/big.bin", big).bytes();
  }

  /** The same package with an incompressible image part added, so it is large. */
  static byte[] withLargeImage(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream copy = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        copy.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(copy);
      }
      byte[] image = new byte[PackageGuard.ALONGSIDE_FROM];
      new java.util.Random(3).nextBytes(image);
      copy.putNextEntry(new ZipEntry("xl/media/image1.png"));
      copy.write(image);
    }
    return out.toByteArray();
  }

  /** A million and one cells, stored uncompressed so no ratio limit is met first. */
  static byte[] manyCells() {
    StringBuilder rows = new StringBuilder(20_000_000);
    long cells = 0;
    for (int r = 1; cells <= Limits.MAX_CELLS; r++) {
      rows.append("<row r=\"").append(r).append("\">");
      // Wide rows: the cells must lie within the rows searched for a header, or they are not read.
      for (int c = 0; c < 2_000; c++, cells++) {
        rows.append("<c><v>").append(c).append("</v></c>");
      }
      rows.append("</row>");
    }
    return workbook(1, "").putStored("xl/worksheets/sheet1.xml", sheet(rows.toString())).bytes();
  }
}
