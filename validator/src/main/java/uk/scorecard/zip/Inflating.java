package uk.scorecard.zip;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/** An entry's content, inflated from the zip's bytes as it is read; closing frees the inflater. */
final class Inflating extends InputStream {

  private final String name;
  private final Inflater inflater = new Inflater(true);
  private boolean padded;

  Inflating(String name, byte[] zip, int at, int length) {
    this.name = name;
    inflater.setInput(zip, at, length);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    try {
      int n;
      while ((n = inflater.inflate(buf, off, len)) == 0) {
        if (inflater.finished()) {
          return -1;
        }
        if (inflater.needsDictionary() || padded) {
          throw new EOFException(name + " is cut short");
        }
        // Raw deflate may want one byte past the data to see its end, as java.util.zip gives it.
        inflater.setInput(new byte[1]);
        padded = true;
      }
      return n;
    } catch (DataFormatException e) {
      throw new ZipException(name + " is damaged: " + e.getMessage());
    }
  }

  /** The stored bytes inflated so far. */
  long bytesRead() {
    return inflater.getBytesRead();
  }

  @Override
  public void close() {
    inflater.end();
  }
}
