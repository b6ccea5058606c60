package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Compares two legacy .xls files stream by stream: every stream but the workbook itself (macros,
 * properties, embedded objects) must come back byte-identical.
 */
final class OleComparison {

  /** The streams that hold the cells; these are compared cell by cell instead. */
  private static final Set<String> WORKBOOK_STREAMS = Set.of("Workbook", "Book", "WORKBOOK");

  private OleComparison() {}

  /** Whether the bytes are an OLE2 compound file (as .xls is). */
  static boolean isOle(byte[] b) {
    return b.length >= 8
        && (b[0] & 0xff) == 0xD0
        && (b[1] & 0xff) == 0xCF
        && (b[2] & 0xff) == 0x11
        && (b[3] & 0xff) == 0xE0;
  }

  /** Streams lost, added or changed, other than the workbook stream. */
  static List<Difference> compare(byte[] original, byte[] rewritten) {
    Map<String, byte[]> a = streams(original);
    Map<String, byte[]> b = streams(rewritten);
    List<Difference> out = new ArrayList<>();
    a.forEach(
        (name, bytes) -> {
          if (!b.containsKey(name)) {
            out.add(new Difference(name, "stream removed"));
          } else if (!Arrays.equals(bytes, b.get(name))) {
            out.add(
                new Difference(
                    name, "stream changed: " + PackageComparison.firstChange(bytes, b.get(name))));
          }
        });
    return out;
  }

  /** The number of sheets in an .xls. */
  static int sheetCount(byte[] xls) {
    try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(xls))) {
      return wb.getNumberOfSheets();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> streams(byte[] ole) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole))) {
      Map<String, byte[]> out = new TreeMap<>();
      collect(fs.getRoot(), "", out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(DirectoryEntry dir, String path, Map<String, byte[]> out)
      throws IOException {
    for (Entry e : dir) {
      String name = path + e.getName();
      if (e instanceof DirectoryEntry d) {
        collect(d, name + "/", out);
      } else if (e instanceof DocumentEntry doc
          && !(path.isEmpty() && WORKBOOK_STREAMS.contains(e.getName()))) {
        try (DocumentInputStream in = new DocumentInputStream(doc)) {
          out.put(name, in.readAllBytes());
        }
      }
    }
  }
}
