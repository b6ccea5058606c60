package uk.scorecard.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the wanted shared strings by scanning the part's bytes for {@code <si>} boundaries and
 * decoding only the wanted items: several times faster than tokenising every string with an XML
 * parser, which matters when a data sheet refers to hundreds of thousands of them. It reads plain
 * markup only (elements, attributes, the five entities and character references, no prefixes);
 * anything else ({@link Unusual}) is left to {@link SharedStringsPass}.
 */
final class SharedStringsScan {

  /** The part uses markup the scan does not read: parse it properly instead. */
  static final class Unusual extends IOException {
    Unusual(String what) {
      super(what, null);
    }
  }

  private static final byte[] SST = {'s', 's', 't'};
  private static final byte[] SI = {'s', 'i'};
  private static final byte[] SI_EMPTY = {'s', 'i', '/'};
  private static final byte[] SI_END = {'/', 's', 'i'};

  /** Longest tag name read; a longer one is only ever unusual markup. */
  private static final int MAX_TAG = 64;

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;

  /** The name of the tag just read, with its leading '/' or '?' or trailing '/'. */
  private final byte[] tag = new byte[MAX_TAG + 2];

  private int tagLen;

  /** The raw content of the wanted item being read, when one is. */
  private byte[] item = new byte[256];

  private int itemLen;
  private boolean inItem;

  private SharedStringsScan(InputStream in) {
    this.in = in;
  }

  /** The text of each wanted index (sorted, distinct) that the table has. */
  static Map<Integer, String> read(InputStream in, int[] wanted) throws IOException {
    return new SharedStringsScan(in).scan(wanted);
  }

  private Map<Integer, String> scan(int[] wanted) throws IOException {
    Map<Integer, String> out = new HashMap<>();
    int index = -1;
    int last = wanted.length == 0 ? -1 : wanted[wanted.length - 1];
    boolean root = true;
    while (index <= last && toNextTag()) {
      readTag();
      if (root && firstOfTag() != '?') {
        if (!is(SST)) {
          throw unusual("root ");
        }
        root = false;
      } else if (is(SI)) {
        index++;
        inItem = Arrays.binarySearch(wanted, index) >= 0;
        itemLen = 0;
      } else if (is(SI_EMPTY)) {
        index++;
        if (Arrays.binarySearch(wanted, index) >= 0) {
          out.put(index, "");
        }
      } else if (is(SI_END) && inItem) {
        out.put(index, SharedItem.text(Arrays.copyOf(item, itemLen)));
        inItem = false;
      } else if (firstOfTag() == '!' || hasPrefix()) {
        throw unusual("markup ");
      }
    }
    return out;
  }

  /** Moves past the next '<', keeping what it passes if an item is being read; false at the end. */
  private boolean toNextTag() throws IOException {
    while (true) {
      int from = pos;
      while (pos < len && buf[pos] != '<') {
        pos++;
      }
      boolean found = pos < len;
      if (found) {
        pos++;
      }
      keep(from, pos);
      if (found) {
        return true;
      }
      if (!fill()) {
        return false;
      }
    }
  }

  /** Reads the name after a '<', and past its attributes (noting a self-closing '/'). */
  private void readTag() throws IOException {
    tagLen = 0;
    for (int b = next(); b >= 0; b = next()) {
      if (b == '>' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        if (b != '>' && tagLen > 0 && tag[0] != '!' && tag[0] != '?') {
          skipAttributes();
        }
        return;
      }
      tag[tagLen++] = (byte) b;
      if (tagLen > MAX_TAG || tag[0] == '!') {
        return;
      }
    }
  }

  private void skipAttributes() throws IOException {
    int prev = 0;
    int quote = 0;
    for (int b = next(); b >= 0; b = next()) {
      if (quote != 0) {
        quote = b == quote ? 0 : quote;
        continue;
      }
      if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '>') {
        if (prev == '/') {
          tag[tagLen++] = '/';
        }
        return;
      }
      prev = b;
    }
  }

  private int firstOfTag() {
    return tagLen > 0 ? tag[0] : -1;
  }

  private boolean is(byte[] name) {
    return Arrays.equals(tag, 0, tagLen, name, 0, name.length);
  }

  private boolean hasPrefix() {
    for (int i = 0; i < tagLen; i++) {
      if (tag[i] == ':') {
        return true;
      }
    }
    return false;
  }

  private Unusual unusual(String what) {
    return new Unusual(what + new String(tag, 0, tagLen, StandardCharsets.ISO_8859_1));
  }

  /** The next byte, kept if an item is being read; -1 at the end. */
  private int next() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    keep(pos, pos + 1);
    return buf[pos++] & 0xFF;
  }

  private void keep(int from, int to) {
    if (!inItem || from == to) {
      return;
    }
    int n = to - from;
    if (itemLen + n > item.length) {
      item = Arrays.copyOf(item, Math.max(item.length * 2, itemLen + n));
    }
    System.arraycopy(buf, from, item, itemLen, n);
    itemLen += n;
  }

  private boolean fill() throws IOException {
    len = Math.max(in.read(buf, 0, buf.length), 0);
    pos = 0;
    return len > 0;
  }
}
