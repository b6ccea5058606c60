package uk.scorecard.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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

  private final InputStream in;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int len;

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
    ByteArrayOutputStream item = null;
    boolean root = true;
    for (int b = next(); b >= 0 && index <= last; b = next()) {
      if (item != null) {
        item.write(b);
      }
      if (b != '<') {
        continue;
      }
      String tag = tagName(item);
      if (root && !tag.startsWith("?")) {
        if (!tag.equals("sst")) {
          throw new Unusual("root " + tag);
        }
        root = false;
      } else if (tag.equals("si")) {
        index++;
        item = Arrays.binarySearch(wanted, index) >= 0 ? new ByteArrayOutputStream() : null;
      } else if (tag.equals("si/")) {
        index++;
        if (Arrays.binarySearch(wanted, index) >= 0) {
          out.put(index, "");
        }
      } else if (tag.equals("/si") && item != null) {
        out.put(index, SharedItem.text(item.toByteArray()));
        item = null;
      } else if (tag.startsWith("!") || tag.indexOf(':') >= 0) {
        throw new Unusual("markup " + tag);
      }
    }
    return out;
  }

  /** The name after a '<' (with a leading '/' or '?', or trailing '/' if self-closing). */
  private String tagName(ByteArrayOutputStream item) throws IOException {
    StringBuilder name = new StringBuilder();
    for (int b = next(); b >= 0; b = next()) {
      if (item != null) {
        item.write(b);
      }
      if (b == '>' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        if (b != '>' && name.length() > 0 && name.charAt(0) != '!' && name.charAt(0) != '?') {
          skipAttributes(name, item);
        }
        return name.toString();
      }
      name.append((char) b);
      if (name.length() > 64 || name.charAt(0) == '!') {
        return name.toString();
      }
    }
    return name.toString();
  }

  private void skipAttributes(StringBuilder name, ByteArrayOutputStream item) throws IOException {
    int prev = 0;
    int quote = 0;
    for (int b = next(); b >= 0; b = next()) {
      if (item != null) {
        item.write(b);
      }
      if (quote != 0) {
        quote = b == quote ? 0 : quote;
        continue;
      }
      if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '>') {
        if (prev == '/') {
          name.append('/');
        }
        return;
      }
      prev = b;
    }
  }

  private int next() throws IOException {
    if (pos == len) {
      len = in.read(buf, 0, buf.length);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
    }
    return buf[pos++] & 0xFF;
  }

}
