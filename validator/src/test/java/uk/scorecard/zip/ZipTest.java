package uk.scorecard.zip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our zip reader and writer against the JDK's and commons-compress's zips, and damaged ones. */
class ZipTest {

  private static final byte[] TEXT = "<sheetData>".repeat(5_000).getBytes(StandardCharsets.UTF_8);
  private static final byte[] NOISE =
      new Random(7)
          .ints(70_000, 0, 256)
          .collect(ByteArrayOutputStream::new, ByteArrayOutputStream::write, (a, b) -> {})
          .toByteArray();

  private static Map<String, byte[]> parts() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
    parts.put("xl/worksheets/sheet1.xml", TEXT);
    parts.put("xl/media/image1.png", NOISE);
    parts.put("xl/empty.bin", new byte[0]);
    parts.put("xl/naïve.xml", "é".getBytes(StandardCharsets.UTF_8));
    return parts;
  }

  /** A zip the JDK writes; stored entries when asked, else deflated with data descriptors. */
  private static byte[] jdkZip(boolean stored) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("xl/"));
      for (var p : parts().entrySet()) {
        ZipEntry e = new ZipEntry(p.getKey());
        if (stored) {
          CRC32 crc = new CRC32();
          crc.update(p.getValue());
          e.setMethod(ZipEntry.STORED);
          e.setSize(p.getValue().length);
          e.setCrc(crc.getValue());
        }
        z.putNextEntry(e);
        z.write(p.getValue());
      }
      z.setComment("PK\u0005\u0006 a comment that looks like the end record");
    }
    return bytes.toByteArray();
  }

  /** A zip with zip64 records and extra fields on every entry, as some tools write. */
  private static byte[] zip64() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
      z.setUseZip64(Zip64Mode.Always);
      for (var p : parts().entrySet()) {
        z.putArchiveEntry(new ZipArchiveEntry(p.getKey()));
        z.write(p.getValue());
        z.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static Map<String, byte[]> readAll(ZipReader z) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (ZipItem i : z.items()) {
      if (!i.isDirectory()) {
        try (InputStream in = z.open(i)) {
          out.put(i.name(), in.readAllBytes());
        }
      }
    }
    return out;
  }

  private static Map<String, byte[]> readWithJdk(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes()); // checks each entry's CRC and sizes
      }
    }
    return out;
  }

  private static void assertSameParts(Map<String, byte[]> actual) {
    Map<String, byte[]> expected = parts();
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach((k, v) -> assertThat(actual.get(k)).as(k).isEqualTo(v));
  }

  @ParameterizedTest(name = "stored: {0}")
  @ValueSource(booleans = {false, true})
  void readsEveryEntryOfAJdkZip(boolean stored) throws IOException {
    assertSameParts(readAll(ZipReader.of(jdkZip(stored))));
  }

  @Test
  void readsSizesAndOffsetsFromZip64Records() throws IOException {
    assertSameParts(readAll(ZipReader.of(zip64())));
  }

  @Test
  void copiesAndAddsEntriesThatTheJdkReadsBack() throws IOException {
    ZipReader from = ZipReader.of(jdkZip(false));
    ZipWriter to = new ZipWriter(0);
    for (ZipItem i : from.items()) {
      if (!i.isDirectory() && !i.name().endsWith("sheet1.xml")) {
        to.copy(from, i);
      }
    }
    try (OutputStream out = to.begin("xl/worksheets/sheet1.xml")) {
      for (byte b : Arrays.copyOf(TEXT, 10)) {
        out.write(b);
      }
      out.write(TEXT, 10, TEXT.length - 10);
    }
    to.add("xl/naïve2.xml", "ü".getBytes(StandardCharsets.UTF_8));
    byte[] written = to.finish();

    Map<String, byte[]> expected = parts();
    expected.put("xl/naïve2.xml", "ü".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> viaLocalHeaders = readWithJdk(written);
    Map<String, byte[]> viaDirectory = readAll(ZipReader.of(written));
    assertThat(viaLocalHeaders.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    assertThat(viaDirectory.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    expected.forEach(
        (k, v) -> {
          assertThat(viaLocalHeaders.get(k)).as(k).isEqualTo(v);
          assertThat(viaDirectory.get(k)).as(k).isEqualTo(v);
        });
  }

  @Test
  void writesTheSameBytesForTheSameInput() throws IOException {
    byte[] source = jdkZip(false);
    assertThat(copy(source)).isEqualTo(copy(source));
  }

  private static byte[] copy(byte[] source) throws IOException {
    ZipReader from = ZipReader.of(source);
    ZipWriter to = new ZipWriter(source.length);
    for (ZipItem i : from.items()) {
      to.copy(from, i);
    }
    to.add("new.xml", TEXT);
    return to.finish();
  }

  @Test
  void refusesTwoEntriesOfOneName() throws IOException {
    ZipWriter to = new ZipWriter(0);
    to.add("a.xml", TEXT);
    assertThatThrownBy(() -> to.add("a.xml", TEXT)).isInstanceOf(ZipException.class);
  }

  @Test
  void refusesToFinishWhileAnEntryIsOpen() throws IOException {
    ZipWriter to = new ZipWriter(0);
    to.begin("a.xml").write(TEXT);
    assertThatThrownBy(to::finish).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void everyCutOfAZipFailsAsADamagedZip() throws IOException {
    byte[] whole = jdkZip(false);
    List<Integer> cuts = new ArrayList<>();
    for (int n = 0; n < whole.length; n += 97) {
      cuts.add(n);
    }
    for (int n : cuts) {
      byte[] cut = Arrays.copyOf(whole, n);
      assertThatThrownBy(() -> readAll(ZipReader.of(cut)))
          .as("cut at %d", n)
          .isInstanceOf(IOException.class);
    }
  }

  @Test
  void damageInsideTheDirectoryFailsAsADamagedZip() throws IOException {
    byte[] whole = jdkZip(false);
    Random random = new Random(11);
    for (int trial = 0; trial < 2_000; trial++) {
      byte[] damaged = whole.clone();
      for (int k = 0; k < 4; k++) {
        damaged[damaged.length - 1 - random.nextInt(300)] = (byte) random.nextInt(256);
      }
      // Damage may go unnoticed or fail as an IOException; anything else would escape as a crash.
      Throwable thrown = catchThrowable(() -> readAll(ZipReader.of(damaged)));
      assertThat(thrown)
          .as("trial %d", trial)
          .satisfiesAnyOf(
              t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(IOException.class));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aPartWhoseBytesDoNotMatchItsChecksumFailsWhenReadToTheEnd(boolean stored)
      throws IOException {
    byte[] zip = jdkZip(stored);
    // Flip one byte inside the stored image: within its data, the checksum no longer matches.
    byte[] damaged = zip.clone();
    int at = indexOf(damaged, "xl/media/image1.png".getBytes(StandardCharsets.UTF_8)) + 40_000;
    damaged[at] ^= 0x5A;
    Throwable thrown = catchThrowable(() -> readAll(ZipReader.of(damaged)));
    assertThat(thrown).isInstanceOf(IOException.class);
    // The JDK's own reader agrees that the part is damaged.
    assertThatThrownBy(() -> readWithJdk(damaged)).isInstanceOf(IOException.class);
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
