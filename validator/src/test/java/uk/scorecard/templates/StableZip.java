package uk.scorecard.templates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Rewrites a workbook's zip with fixed entry times, so rebuilding leaves git with no change. */
final class StableZip {
  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 4, 1, 0, 0);

  private StableZip() {}

  /** Copies the zip in {@code bytes} to {@code out}, entry by entry in order, times fixed. */
  static void copy(byte[] bytes, OutputStream out) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
  }

  /** The bytes POI writes for a workbook, before they are made stable. */
  static byte[] bytesOf(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    wb.write(buffer);
    return buffer.toByteArray();
  }
}
