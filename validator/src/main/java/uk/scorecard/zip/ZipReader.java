package uk.scorecard.zip;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * A zip read from its bytes through its central directory, so an entry is inflated only when it is
 * opened. Safe to share once made: it only reads the bytes it was given.
 */
public final class ZipReader {

  /** Most entries we list: packages the guard accepts have at most a thousand. */
  static final int MAX_ENTRIES = 65_535;

  private static final int EOCD = 0x06054b50;
  private static final int ZIP64_LOCATOR = 0x07064b50;
  private static final int ZIP64_EOCD = 0x06064b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;
  private static final long MAX_32 = 0xFFFF_FFFFL;

  private final Bytes zip;
  private final List<ZipItem> items;
  private final Map<String, ZipItem> byName = new HashMap<>();

  private ZipReader(Bytes zip, List<ZipItem> items) {
    this.zip = zip;
    this.items = List.copyOf(items);
    for (ZipItem i : items) {
      byName.putIfAbsent(i.name(), i);
    }
  }

  /** The zip's directory; fails when the bytes are not a zip or its directory is damaged. */
  public static ZipReader of(byte[] bytes) throws ZipException {
    Bytes zip = new Bytes(bytes);
    return new ZipReader(zip, directory(zip));
  }

  /** Every entry, folders included, in the directory's order. */
  public List<ZipItem> items() {
    return items;
  }

  /** The entry of this name (no leading slash), or null. */
  public @Nullable ZipItem find(String name) {
    return byName.get(name);
  }

  /**
   * The entry's content as it inflates; reading it to its end fails when its size or checksum is
   * not what the directory says.
   */
  public EntryStream open(ZipItem item) throws ZipException {
    return new EntryStream(raw(item), item);
  }

  /** The entry's content as it inflates, unchecked. */
  private InputStream raw(ZipItem item) throws ZipException {
    int at = dataOffset(item);
    int length = (int) item.compressedSize();
    if ((item.flags() & ZipItem.FLAG_ENCRYPTED) != 0) {
      throw new ZipException(item.name() + " is encrypted");
    }
    return switch (item.method()) {
      case ZipItem.STORED -> new ByteArrayInputStream(zip.array(), at, length);
      case ZipItem.DEFLATED -> new Inflating(item.name(), zip.array(), at, length);
      default ->
          throw new ZipException(
              item.name()
                  + " is compressed with method "
                  + item.method()
                  + ", which a workbook does not use");
    };
  }

  /** Where the entry's stored bytes start, past its local header. */
  int dataOffset(ZipItem item) throws ZipException {
    long header = item.headerOffset();
    if (header > zip.length() - 30 || zip.u32(header) != LOCAL) {
      throw new ZipException(item.name() + ": no local header where the directory says");
    }
    long data = header + 30 + zip.u16(header + 26) + zip.u16(header + 28);
    zip.check(data, item.compressedSize());
    return (int) data;
  }

  /** The zip's bytes, for copying an entry as it is stored. */
  byte[] array() {
    return zip.array();
  }

  private static List<ZipItem> directory(Bytes zip) throws ZipException {
    long end = endOfDirectory(zip);
    long count = zip.u16(end + 10);
    long offset = zip.u32(end + 16);
    long locator = end - 20;
    if (locator >= 0 && zip.u32(locator) == ZIP64_LOCATOR) {
      long end64 = zip.u64(locator + 8);
      if (zip.u32(end64) != ZIP64_EOCD) {
        throw new ZipException("the zip64 end of directory is missing");
      }
      count = zip.u64(end64 + 32);
      offset = zip.u64(end64 + 48);
    }
    if (count > MAX_ENTRIES) {
      throw new ZipException("the zip lists " + count + " entries, more than we read");
    }
    List<ZipItem> items = new ArrayList<>((int) count);
    long at = offset;
    for (int i = 0; i < count; i++) {
      if (zip.u32(at) != CENTRAL) {
        throw new ZipException("the zip's directory is damaged at entry " + (i + 1));
      }
      items.add(entry(zip, at));
      at += 46L + zip.u16(at + 28) + zip.u16(at + 30) + zip.u16(at + 32);
    }
    return items;
  }

  /** The end-of-directory record: the last one, as a trailing comment may hold the signature. */
  private static long endOfDirectory(Bytes zip) throws ZipException {
    long last = zip.length() - 22;
    for (long at = last; at >= 0 && at >= last - 0xFFFF; at--) {
      if (zip.u32(at) == EOCD && at + 22 + zip.u16(at + 20) <= zip.length()) {
        return at;
      }
    }
    throw new ZipException("no zip directory at the end of the file");
  }

  private static ZipItem entry(Bytes zip, long at) throws ZipException {
    int flags = zip.u16(at + 8);
    int nameLength = zip.u16(at + 28);
    String name = new String(zip.slice(at + 46, nameLength), StandardCharsets.UTF_8);
    long compressed = zip.u32(at + 20);
    long size = zip.u32(at + 24);
    long header = zip.u32(at + 42);
    // Values too large for the record sit in the zip64 extra field, in this order.
    long extra = at + 46 + nameLength;
    long extraEnd = extra + zip.u16(at + 30);
    while (extra + 4 <= extraEnd) {
      int id = zip.u16(extra);
      long field = extra + 4;
      if (id == 0x0001) {
        if (size == MAX_32) {
          size = zip.u64(field);
          field += 8;
        }
        if (compressed == MAX_32) {
          compressed = zip.u64(field);
          field += 8;
        }
        if (header == MAX_32) {
          header = zip.u64(field);
        }
      }
      extra += 4 + zip.u16(extra + 2);
    }
    int dosTime = (int) zip.u32(at + 12);
    return new ZipItem(
        name, zip.u16(at + 10), flags, dosTime, (int) zip.u32(at + 16), compressed, size, header);
  }
}
