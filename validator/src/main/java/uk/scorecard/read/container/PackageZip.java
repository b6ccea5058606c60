package uk.scorecard.read.container;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import uk.scorecard.internal.opc.PackageParts;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;

/**
 * Random access to a package's parts straight from its bytes, through the zip's central directory:
 * a part is inflated only when it is read, and only as far as it is read. A part that inflates far
 * beyond its stored size (a zip bomb) fails as it streams. {@link PackageGuard} has already checked
 * the parts, but it reads the zip's local headers in order, and this reads through the central
 * directory: a crafted zip can show the two different entries, so both guard.
 */
public final class PackageZip {

  /** The most a part may inflate per stored byte once past {@link #GRACE}, as POI allows. */
  private static final long MAX_RATIO = 100;

  private static final long GRACE = 1 << 20;

  private final PackageParts parts;

  private PackageZip(PackageParts parts) {
    this.parts = parts;
  }

  /** A package's parts, read through the zip's directory. */
  public static PackageZip open(byte[] bytes) throws IOException {
    return new PackageZip(new PackageParts(ZipReader.of(bytes)));
  }

  /** True when the package has a part of this name (no leading slash), in any case. */
  public boolean has(String name) {
    return parts.find(name) != null;
  }

  /** The name of a part as the zip spells it. */
  public String actual(String name) {
    return parts.actual(name);
  }

  /** The part's content as it inflates; throws when the part is missing. */
  public InputStream open(String name) throws IOException {
    ZipItem e = parts.find(name);
    if (e == null) {
      throw new IOException("missing part " + name);
    }
    return new Guarded(parts.zip().open(e), Math.max(e.compressedSize(), 1));
  }

  /** Counts inflated bytes and fails once they pass the ratio. */
  private static final class Guarded extends FilterInputStream {
    private final long stored;
    private long read;

    Guarded(InputStream in, long stored) {
      super(in);
      this.stored = stored;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > GRACE && read > stored * MAX_RATIO) {
        throw new IOException("zip bomb: a part inflates more than " + MAX_RATIO + " times");
      }
    }
  }
}
