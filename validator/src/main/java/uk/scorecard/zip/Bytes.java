package uk.scorecard.zip;

import java.util.Arrays;
import java.util.zip.ZipException;

/** Little-endian reads from a zip's bytes that fail as a damaged zip, never out of bounds. */
final class Bytes {

  private final byte[] b;

  Bytes(byte[] b) {
    this.b = b;
  }

  byte[] array() {
    return b;
  }

  long length() {
    return b.length;
  }

  /** Fails unless {@code length} bytes from {@code at} lie inside the zip. */
  void check(long at, long length) throws ZipException {
    if (at < 0 || length < 0 || at > b.length - length) {
      throw new ZipException("the zip is cut short or its directory points outside it");
    }
  }

  int u16(long at) throws ZipException {
    check(at, 2);
    int i = (int) at;
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  long u32(long at) throws ZipException {
    check(at, 4);
    int i = (int) at;
    return (b[i] & 0xFFL)
        | (b[i + 1] & 0xFFL) << 8
        | (b[i + 2] & 0xFFL) << 16
        | (b[i + 3] & 0xFFL) << 24;
  }

  long u64(long at) throws ZipException {
    long v = u32(at) | u32(at + 4) << 32;
    if (v < 0) {
      throw new ZipException("the zip gives a size or offset past any file");
    }
    return v;
  }

  byte[] slice(long at, int length) throws ZipException {
    check(at, length);
    return Arrays.copyOfRange(b, (int) at, (int) at + length);
  }
}
