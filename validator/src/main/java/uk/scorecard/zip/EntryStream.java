package uk.scorecard.zip;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipException;

/**
 * An entry's content checked as it is read: once it ends, its size and checksum must be what the
 * zip's directory says, or reading fails, as {@code java.util.zip} fails a damaged entry.
 */
public final class EntryStream extends FilterInputStream {

  private final ZipItem item;
  private final CRC32 crc = new CRC32();
  private long count;
  private boolean done;

  EntryStream(InputStream in, ZipItem item) {
    super(in);
    this.item = item;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      crc.update(b, off, n);
      count += n;
    } else if (n < 0 && !done) {
      done = true;
      if (count != item.size() || (int) crc.getValue() != item.crc()) {
        throw new ZipException(
            item.name()
                + " is damaged: its size or checksum is not what the"
                + " zip's directory says");
      }
    }
    return n;
  }

  /**
   * How many stored bytes the entry has used so far: measured as it inflates, not taken from the
   * directory, which a hostile file can fill with anything. A zip-bomb guard divides by this.
   */
  public long packedRead() {
    return in instanceof Inflating i ? i.bytesRead() : count;
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipped bytes must still be counted and checked: read them.
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int r = read(buf, 0, buf.length);
    return Math.max(r, 0);
  }
}
