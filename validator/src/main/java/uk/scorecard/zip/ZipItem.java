package uk.scorecard.zip;

/**
 * One file in a zip's central directory: its name, how it is stored, and where its local header
 * starts. Sizes and CRC are the directory's, which hold even when the entry used a data descriptor.
 */
public record ZipItem(
    String name,
    int method,
    int flags,
    int dosTime,
    int crc,
    long compressedSize,
    long size,
    long headerOffset) {

  /** Stored without compression. */
  public static final int STORED = 0;

  /** Compressed with deflate, the only method an OOXML package may use. */
  public static final int DEFLATED = 8;

  static final int FLAG_ENCRYPTED = 1;
  static final int FLAG_DESCRIPTOR = 1 << 3;
  static final int FLAG_UTF8 = 1 << 11;

  /** True for a folder entry, which holds no part. */
  public boolean isDirectory() {
    return name.endsWith("/");
  }
}
