package uk.scorecard.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipException;

/**
 * Writes a zip into memory: entries copied as they are stored in another zip, or deflated from what
 * is written. Every entry has its sizes in its local header (no data descriptors), and a new entry
 * the date of the newest entry copied before it, so the same input gives the same bytes.
 */
public final class ZipWriter {

  /** 1980-01-01 00:00, the earliest date a zip can hold. */
  private static final int DOS_EPOCH = (1 << 21) | (1 << 16);

  private static final int VERSION = 20;

  private final Out buffer;
  private final Out central = new Out(4096);
  private final Set<String> names = new HashSet<>();
  private int count;
  private int newest = DOS_EPOCH;
  private boolean open;

  /** A writer whose buffer starts at this many bytes. */
  public ZipWriter(int expectedSize) {
    buffer = new Out(expectedSize);
  }

  /** Copies an entry as it is stored, still compressed. */
  public void copy(ZipReader from, ZipItem item) throws IOException {
    int data = from.dataOffset(item);
    newest = Integer.compareUnsigned(item.dosTime(), newest) > 0 ? item.dosTime() : newest;
    int flags = item.flags() & ~ZipItem.FLAG_DESCRIPTOR;
    header(
        item.name(),
        flags,
        item.method(),
        item.dosTime(),
        item.crc(),
        item.compressedSize(),
        item.size());
    buffer.write(from.array(), data, (int) item.compressedSize());
  }

  /** Adds an entry holding these bytes, deflated. */
  public void add(String name, byte[] content) throws IOException {
    try (OutputStream o = begin(name)) {
      o.write(content);
    }
  }

  /** Starts a deflated entry; what is written to the stream is its content until it is closed. */
  public OutputStream begin(String name) throws IOException {
    int local = buffer.size();
    int nameLength = header(name, 0, ZipItem.DEFLATED, newest, 0, 0, 0);
    open = true;
    return new Entry(local, nameLength);
  }

  /** The whole zip, its directory written after the entries. */
  public byte[] finish() throws IOException {
    if (open) {
      throw new IllegalStateException("an entry is still being written");
    }
    long offset = buffer.size();
    central.writeTo(buffer);
    buffer.u32(0x06054b50).u16(0).u16(0).u16(count).u16(count);
    buffer.u32(central.size()).u32(checked(offset)).u16(0);
    return buffer.bytes();
  }

  /** Writes the entry's local header and directory record; returns the name's length. */
  private int header(
      String name, int flags, int method, int dosTime, int crc, long compressed, long size)
      throws IOException {
    if (open) {
      throw new IllegalStateException("an entry is still being written");
    }
    if (!names.add(name)) {
      throw new ZipException("two entries named " + name);
    }
    if (++count > ZipReader.MAX_ENTRIES) {
      throw new ZipException("more entries than a zip without zip64 holds");
    }
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    int f = n.length != name.length() ? flags | ZipItem.FLAG_UTF8 : flags;
    long local = buffer.size();
    buffer.u32(0x04034b50).u16(VERSION).u16(f).u16(method).u32(dosTime).u32(crc);
    buffer.u32(checked(compressed)).u32(checked(size)).u16(n.length).u16(0).write(n);
    central.u32(0x02014b50).u16(VERSION).u16(VERSION).u16(f).u16(method).u32(dosTime).u32(crc);
    central.u32(checked(compressed)).u32(checked(size)).u16(n.length).u16(0).u16(0).u16(0);
    central.u16(0).u32(0).u32(checked(local)).write(n);
    return n.length;
  }

  /** An entry being deflated; closing it puts its CRC and sizes into its two headers. */
  private final class Entry extends DeflaterOutputStream {
    private final int local;
    private final int nameLength;
    private final int start;
    private final CRC32 crc = new CRC32();
    private long size;

    Entry(int local, int nameLength) {
      super(buffer, new Deflater(Deflater.DEFAULT_COMPRESSION, true), 1 << 16);
      this.local = local;
      this.nameLength = nameLength;
      this.start = buffer.size();
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      super.write(b, off, len);
      crc.update(b, off, len);
      size += len;
    }

    @Override
    public void close() throws IOException {
      finish();
      def.end();
      open = false;
      int sum = (int) crc.getValue();
      long compressed = checked(buffer.size() - start);
      buffer.patch(local + 14, sum, compressed, checked(size));
      // This entry's directory record is the last one written: its name ends the buffer.
      central.patch(central.size() - nameLength - 46 + 16, sum, compressed, size);
    }
  }

  private static long checked(long value) throws ZipException {
    if (value > 0xFFFF_FFFFL) {
      throw new ZipException("an entry or the zip is past 4 GB, which needs zip64");
    }
    return value;
  }

  /** A growable buffer with little-endian writes and in-place patches. */
  private static final class Out extends ByteArrayOutputStream {
    Out(int size) {
      super(Math.max(size, 64));
    }

    Out u16(int v) {
      write(v & 0xFF);
      write(v >>> 8 & 0xFF);
      return this;
    }

    Out u32(long v) {
      return u16((int) (v & 0xFFFF)).u16((int) (v >>> 16 & 0xFFFF));
    }

    @Override
    public void write(byte[] b) {
      write(b, 0, b.length);
    }

    @Override
    public void write(int b) {
      room(1);
      super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      room(len);
      super.write(b, off, len);
    }

    /**
     * Grows the buffer by a quarter rather than doubling it: a rated copy of several megabytes
     * would otherwise hold its old buffer and one twice the size at once.
     */
    private void room(int more) {
      if (count + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(count + more, buf.length + (buf.length >> 2)));
      }
    }

    /** What was written: the buffer itself when it is exactly full, else a copy. */
    byte[] bytes() {
      return count == buf.length ? buf : Arrays.copyOf(buf, count);
    }

    void patch(int at, int crc, long compressed, long size) {
      int saved = count;
      count = at;
      u32(crc & 0xFFFF_FFFFL).u32(compressed).u32(size);
      count = saved;
    }
  }
}
