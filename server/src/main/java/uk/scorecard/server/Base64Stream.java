package uk.scorecard.server;

import java.io.InputStream;
import java.util.Base64;

/**
 * Bytes read as their Base64 text, encoded a block at a time as the stream is read, so a page that
 * carries a 20 MB workbook never holds its 27 MB of text in memory at once.
 */
final class Base64Stream extends InputStream {

  /** Bytes encoded at a time: a multiple of 3, so no block but the last is padded. */
  private static final int BLOCK = 3 * 16 * 1024;

  private final byte[] source;
  private int next;
  private byte[] out = new byte[0];
  private int pos;

  Base64Stream(byte[] source) {
    this.source = source;
  }

  @Override
  public int read() {
    if (!fill()) {
      return -1;
    }
    return out[pos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, out.length - pos);
    System.arraycopy(out, pos, b, off, n);
    pos += n;
    return n;
  }

  private boolean fill() {
    if (pos < out.length) {
      return true;
    }
    if (next >= source.length) {
      return false;
    }
    int end = Math.min(source.length, next + BLOCK);
    out = Base64.getEncoder().encode(java.util.Arrays.copyOfRange(source, next, end));
    pos = 0;
    next = end;
    return true;
  }
}
