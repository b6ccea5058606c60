package uk.scorecard.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Checks an upload's bytes before the library opens them: the type from its first bytes (never its
 * name or content type), and for zip-based workbooks the number of parts, how far they unpack,
 * and that no XML part declares a DTD (the way in for entity-expansion attacks).
 */
public final class UploadLimits {

  /** The two containers Excel workbooks come in. */
  public enum Container { ZIP, OLE2 }

  /** Most parts a workbook zip may hold; real workbooks have tens to a few thousand. */
  static final int MAX_ENTRIES = 10_000;
  /** A part that unpacks to more than this many times its packed size is a zip bomb. */
  static final int MAX_RATIO = 100;
  /** Parts smaller than this are not held to {@link #MAX_RATIO}: small files pack very well. */
  static final long RATIO_FLOOR = 1024 * 1024;

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  private static final byte[][] DTD = {
      "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII), "<!ENTITY".getBytes(StandardCharsets.US_ASCII)};

  private final long maxExpandedBytes;

  /** Limits that allow the parts of a zip to unpack to at most {@code maxExpandedBytes} in all. */
  public UploadLimits(long maxExpandedBytes) {
    this.maxExpandedBytes = maxExpandedBytes;
  }

  /** The container the bytes are in, or 415 when they are neither a zip nor an OLE2 file. */
  public static Container sniff(byte[] bytes) throws ServiceException {
    if (startsWith(bytes, ZIP)) {
      return Container.ZIP;
    }
    if (startsWith(bytes, OLE2)) {
      return Container.OLE2;
    }
    throw ServiceException.unsupported(
        "The selected file is not an Excel workbook. Upload a .xlsx, .xlsm or .xls file.");
  }

  /** Sniffs the bytes and, for a zip, walks every part; throws the status to answer with. */
  public void inspect(byte[] bytes) throws ServiceException {
    if (sniff(bytes) == Container.ZIP) {
      inspectZip(bytes);
    }
  }

  private void inspectZip(byte[] bytes) throws ServiceException {
    try (ZipFile zip = ZipFile.builder()
        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
      Set<String> names = new HashSet<>();
      long total = 0;
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        if (names.size() >= MAX_ENTRIES) {
          throw ServiceException.tooLarge("workbook",
              "The workbook has too many parts to check (more than " + MAX_ENTRIES + ").");
        }
        names.add(entry.getName());
      }
      refuseOtherFormats(zip, names);
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        total += unpack(zip, entry, maxExpandedBytes - total);
      }
    } catch (IOException | RuntimeException e) {
      throw ServiceException.refused("corrupt",
          "The workbook is damaged and cannot be read. Open it in Excel, save it again and retry.");
    }
  }

  private static void refuseOtherFormats(ZipFile zip, Set<String> names) throws ServiceException {
    if (names.contains("mimetype") && !names.contains("[Content_Types].xml")) {
      throw ServiceException.unsupported("OpenDocument spreadsheets (.ods) are not supported. "
          + "Save it in Excel format (.xlsx) and upload that.");
    }
    if (names.contains("xl/workbook.bin")) {
      throw ServiceException.unsupported("Excel binary workbooks (.xlsb) are not supported. "
          + "Save it as an Excel workbook (.xlsx) and upload that.");
    }
    if (!names.contains("[Content_Types].xml") || names.stream().noneMatch(n -> n.startsWith("xl/"))) {
      throw ServiceException.unsupported(
          "The selected file is not an Excel workbook. Upload a .xlsx, .xlsm or .xls file.");
    }
  }

  /** Unpacks one part, counting its bytes against what is left and scanning XML for a DTD. */
  private static long unpack(ZipFile zip, ZipArchiveEntry entry, long left)
      throws IOException, ServiceException {
    boolean xml = entry.getName().matches("(?i).*\\.(xml|rels|vml)$");
    long packed = Math.max(entry.getCompressedSize(), 1);
    byte[] buf = new byte[64 * 1024];
    long count = 0;
    byte[] tail = new byte[0];
    try (InputStream in = zip.getInputStream(entry)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        if (Thread.currentThread().isInterrupted()) {
          throw ServiceException.refused("time-limit", "Checking the workbook was stopped.");
        }
        count += n;
        if (count > left) {
          throw ServiceException.tooLarge("workbook",
              "The workbook is too large when unpacked. Remove unused sheets or split it, and try again.");
        }
        if (count > RATIO_FLOOR && count / packed > MAX_RATIO) {
          throw ServiceException.tooLarge("workbook",
              "The workbook unpacks to far more than its size, so we will not open it.");
        }
        if (xml) {
          tail = scan(tail, buf, n);
        }
      }
    }
    return count;
  }

  /** Looks for a DTD in the bytes read so far, keeping a few bytes across reads. */
  private static byte[] scan(byte[] tail, byte[] buf, int n) throws ServiceException {
    byte[] window = new byte[tail.length + n];
    System.arraycopy(tail, 0, window, 0, tail.length);
    System.arraycopy(buf, 0, window, tail.length, n);
    for (byte[] needle : DTD) {
      if (indexOf(window, needle) >= 0) {
        throw ServiceException.refused("dtd", "The workbook contains a document type declaration, "
            + "which Excel never writes, so we will not open it.");
      }
    }
    int keep = Math.min(window.length, 16);
    byte[] next = new byte[keep];
    System.arraycopy(window, window.length - keep, next, 0, keep);
    return next;
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
    return -1;
  }

  private static boolean startsWith(byte[] bytes, byte[] magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (bytes[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
