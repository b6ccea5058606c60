package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;

/** Streams a worksheet entry through a {@link SheetPatcher} without closing the zip around it. */
final class EntryStreams {

  private EntryStreams() {}

  /** Streams one worksheet entry through the patcher, leaving the zip streams open. */
  static void patch(SheetPatcher sp, InputStream in, OutputStream out) throws IOException {
    // The writer's many small writes are buffered: the deflater is slow when fed a few bytes.
    OutputStream buffered = new java.io.BufferedOutputStream(new NonClosing(out), 1 << 16);
    try {
      // The XML parser closes its input at the end of the document; the zip stream must stay open.
      sp.patch(
          new java.io.FilterInputStream(in) {
            @Override
            public void close() {}
          },
          buffered);
      buffered.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not rewrite a worksheet: " + e.getMessage(), e);
    }
  }

  /** Keeps the XML writer from closing the zip stream under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
