package uk.scorecard.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The uploads the load benchmark sends: S scorecards (the generated 60-indicator one and the
 * repository's sample), the 20 MB workbook, and hostile files of six kinds, each refused with a
 * 4xx.
 */
final class LoadFiles {

  /** What an upload is, for the figures: an S workbook, the 20 MB one, or a hostile file. */
  enum Kind {
    S,
    BIG,
    HOSTILE
  }

  /** One file to upload. */
  record Upload(String name, byte[] bytes, Kind kind) {}

  private LoadFiles() {}

  /** The generated S workbook and the sample, if the repository's sample is where it should be. */
  static List<Upload> small(Path dir) throws IOException {
    List<Upload> s = new ArrayList<>();
    s.add(new Upload("scorecard-S.xlsx", generated(dir, BenchWorkbooks.Size.S), Kind.S));
    Path sample = Path.of("workbook-templates", "samples", "sample-scorecard.xlsx");
    if (Files.exists(sample)) {
      s.add(new Upload("sample-scorecard.xlsx", Files.readAllBytes(sample), Kind.S));
    }
    return s;
  }

  /** The text-heavy workbook just under the service's default 20 MB upload limit. */
  static Upload big(Path dir) throws IOException {
    return new Upload("scorecard-20MB.xlsx", generated(dir, BenchWorkbooks.Size.U), Kind.BIG);
  }

  /** Hostile files: encrypted, a DTD, a zip bomb, cut short, not a spreadsheet, no table. */
  static List<Upload> hostile(byte[] s) {
    String dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>";
    return List.of(
        new Upload("encrypted.xlsx", encrypted(s), Kind.HOSTILE),
        new Upload(
            "dtd.xlsx",
            rewrite(s, "xl/sharedStrings.xml", x -> x.replaceFirst("\\?>", "?>" + dtd), null, null),
            Kind.HOSTILE),
        new Upload(
            "bomb.xlsx",
            rewrite(s, null, null, "xl/media/padding.bin", new byte[20 << 20]),
            Kind.HOSTILE),
        new Upload("cut.xlsx", java.util.Arrays.copyOf(s, s.length / 2), Kind.HOSTILE),
        new Upload(
            "report.pdf",
            "%PDF-1.4 not a workbook".getBytes(StandardCharsets.US_ASCII),
            Kind.HOSTILE),
        new Upload(
            "notes.xlsx",
            rewrite(s, "xl/worksheets/sheet1.xml", x -> NO_TABLE, null, null),
            Kind.HOSTILE));
  }

  private static final String NO_TABLE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
          + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row"
          + " r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Minutes of the board</t></is></c></row>"
          + "</sheetData></worksheet>";

  /**
   * The order uploads are sent in: three S for every hostile file, shuffled with a fixed seed so
   * every run sends the same sequence.
   */
  static List<Upload> mix(List<Upload> small, List<Upload> hostile) {
    List<Upload> all = new ArrayList<>();
    for (int i = 0; i < hostile.size() * 4; i++) {
      all.add(i % 4 == 3 ? hostile.get(i / 4) : small.get(i % small.size()));
    }
    Collections.shuffle(all, new Random(20));
    return all;
  }

  private static byte[] generated(Path dir, BenchWorkbooks.Size size) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("scorecard-" + size + ".xlsx");
    if (!Files.exists(file)) {
      BenchWorkbooks.write(file, size);
    }
    return Files.readAllBytes(file);
  }

  private static byte[] encrypted(byte[] xlsx) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(xlsx);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] rewrite(
      byte[] xlsx,
      String part,
      java.util.function.UnaryOperator<String> edit,
      String extraName,
      byte[] extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(part)) {
          data =
              edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
      }
      if (extraName != null) {
        zip.putNextEntry(new ZipEntry(extraName));
        zip.write(extra);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
