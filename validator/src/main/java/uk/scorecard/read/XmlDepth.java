package uk.scorecard.read;

import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;

/**
 * Watches how deep one package part's elements nest as it is unpacked, and refuses a part nested
 * deeper than {@value #MAX_DEPTH}: Excel writes a dozen levels at most, and the self-check and the
 * writer of small parts walk elements by recursion, which ran out of stack at a few thousand
 * (legal XML, a few kilobytes packed). A byte scan: tags, end tags, comments, CDATA, processing
 * instructions and quoted attribute values; NUL bytes are skipped, so UTF-16 reads the same.
 */
final class XmlDepth {

  /** The deepest nesting of elements a part may have. */
  static final int MAX_DEPTH = 256;

  private enum State { FIRST, TEXT, OPEN, START_TAG, END_TAG, BANG, COMMENT, CDATA, DECL, PI }

  private final String part;
  private State state = State.FIRST;
  private int depth;
  private char quote;
  private char last;
  private char beforeLast;

  XmlDepth(String part) {
    this.part = part;
  }

  /** Reads the next bytes; false when the part turned out not to be XML (watching stops). */
  boolean feed(byte[] b, int n) throws WorkbookRefusedException {
    for (int i = 0; i < n; i++) {
      char c = (char) (b[i] & 0xFF);
      if (c != 0 && !next(c)) {
        return false;
      }
    }
    return true;
  }

  private boolean next(char c) throws WorkbookRefusedException {
    switch (state) {
      case FIRST -> {
        if (c == '<') {
          state = State.OPEN;
        } else if (!Character.isWhitespace(c) && c < 0xBB) {
          return false; // not XML (a byte order mark is 0xEF 0xBB 0xBF, or 0xFE 0xFF)
        }
      }
      case TEXT -> state = c == '<' ? State.OPEN : State.TEXT;
      case OPEN -> state = open(c);
      case START_TAG -> {
        if (quote != 0) {
          quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == '>') {
          depth -= last == '/' ? 1 : 0; // an empty element opens and closes
          state = State.TEXT;
        }
      }
      case END_TAG, DECL -> {
        if (c == '>') {
          depth -= state == State.END_TAG ? 1 : 0;
          state = State.TEXT;
        }
      }
      case BANG -> state = c == '-' ? State.COMMENT : c == '[' ? State.CDATA : State.DECL;
      case COMMENT -> state = c == '>' && last == '-' && beforeLast == '-' ? State.TEXT : state;
      case CDATA -> state = c == '>' && last == ']' && beforeLast == ']' ? State.TEXT : state;
      case PI -> state = c == '>' && last == '?' ? State.TEXT : state;
      default -> { }
    }
    beforeLast = last;
    last = c;
    return true;
  }

  /** What follows a {@code <}: an end tag, a comment or declaration, a PI, or a start tag. */
  private State open(char c) throws WorkbookRefusedException {
    if (c == '/') {
      return State.END_TAG;
    }
    if (c == '!') {
      return State.BANG;
    }
    if (c == '?') {
      return State.PI;
    }
    if (++depth > MAX_DEPTH) {
      throw new WorkbookRefusedException(Reason.CORRUPT, "the workbook contains XML we do not"
          + " accept: part " + PackageGuard.shown(part) + " nests elements more than "
          + MAX_DEPTH + " deep, which Excel never does");
    }
    quote = 0;
    return State.START_TAG;
  }
}
