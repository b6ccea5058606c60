package uk.scorecard.read.container;

import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;

/**
 * Watches how deep one package part's elements nest as it is unpacked, and refuses a part nested
 * deeper than {@value #MAX_DEPTH}: Excel writes a dozen levels at most, and the self-check and the
 * writer of small parts walk elements by recursion, which ran out of stack at a few thousand (legal
 * XML, a few kilobytes packed). A byte scan: tags, end tags, comments, CDATA, processing
 * instructions and quoted attribute values; NUL bytes are skipped, so UTF-16 reads the same.
 */
public final class XmlDepth {

  /** The deepest nesting of elements a part may have. */
  public static final int MAX_DEPTH = 256;

  // States of the scan; ints, not an enum: this runs for every byte of every XML part.
  private static final int FIRST = 0;
  private static final int TEXT = 1;
  private static final int OPEN = 2;
  private static final int START_TAG = 3;
  private static final int END_TAG = 4;
  private static final int BANG = 5;
  private static final int COMMENT = 6;
  private static final int CDATA = 7;
  private static final int DECL = 8;
  private static final int PI = 9;

  private final String part;
  private int state = FIRST;
  private int depth;
  private int quote;
  private int last;
  private int beforeLast;

  XmlDepth(String part) {
    this.part = part;
  }

  /** Reads the next bytes; false when the part turned out not to be XML (watching stops). */
  boolean feed(byte[] b, int n) throws WorkbookRefusedException {
    int s = state;
    int q = quote;
    int l = last;
    int bl = beforeLast;
    for (int i = 0; i < n; i++) {
      if (s == TEXT || s == START_TAG && q != 0) {
        // Text and attribute values run to the next < or closing quote: skipped in a tight loop.
        int stop = s == TEXT ? '<' : q;
        while (i < n && (b[i] & 0xFF) != stop) {
          i++;
        }
        if (i == n) {
          break;
        }
      }
      int c = b[i] & 0xFF;
      if (c == 0) {
        continue; // UTF-16: the other half of an ASCII character
      }
      switch (s) {
        case TEXT -> {
          if (c == '<') {
            s = OPEN;
          }
        }
        case START_TAG -> {
          if (q != 0) {
            q = c == q ? 0 : q;
          } else if (c == '"' || c == '\'') {
            q = c;
          } else if (c == '>') {
            depth -= l == '/' ? 1 : 0; // an empty element opens and closes
            s = TEXT;
          }
        }
        case OPEN -> {
          s = c == '/' ? END_TAG : c == '!' ? BANG : c == '?' ? PI : START_TAG;
          if (s == START_TAG) {
            q = 0;
            opened();
          }
        }
        case END_TAG, DECL -> {
          if (c == '>') {
            depth -= s == END_TAG ? 1 : 0;
            s = TEXT;
          }
        }
        case FIRST -> {
          if (c == '<') {
            s = OPEN;
          } else if (!Character.isWhitespace(c) && c < 0xBB) {
            return false; // not XML (a byte order mark is 0xEF 0xBB 0xBF, or 0xFE 0xFF)
          }
        }
        case BANG -> s = c == '-' ? COMMENT : c == '[' ? CDATA : DECL;
        case COMMENT -> s = c == '>' && l == '-' && bl == '-' ? TEXT : s;
        case CDATA -> s = c == '>' && l == ']' && bl == ']' ? TEXT : s;
        default -> s = c == '>' && l == '?' ? TEXT : s; // PI
      }
      bl = l;
      l = c;
    }
    state = s;
    quote = q;
    last = l;
    beforeLast = bl;
    return true;
  }

  /** A start tag: one level deeper, refused past the limit. */
  private void opened() throws WorkbookRefusedException {
    if (++depth > MAX_DEPTH) {
      throw new WorkbookRefusedException(
          Reason.CORRUPT,
          "the workbook contains XML we do not"
              + " accept: part "
              + PackageGuard.shown(part)
              + " nests elements more than "
              + MAX_DEPTH
              + " deep, which Excel never does");
    }
  }
}
