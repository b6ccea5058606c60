package uk.scorecard.read.container;

import java.util.Locale;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;

/**
 * Watches the start of one package part as it is unpacked and refuses a document type declaration
 * (how entity-expansion and external-entity attacks get in; Excel never writes one) or XML 1.1. Any
 * part that starts like XML is watched, whatever its name, since POI follows relationships, not
 * extensions; NUL bytes are skipped so UTF-16 parts are read the same way. Watching stops at the
 * first element: a DTD may only come before it.
 */
final class XmlProlog {

  private static final int HEAD = 64;

  private final String part;
  private final StringBuilder markup = new StringBuilder();
  private boolean inMarkup;
  private char last;
  private char beforeLast;

  XmlProlog(String part) {
    this.part = part;
  }

  /** Images are never parsed as XML; an SVG may well carry a DOCTYPE. */
  static boolean watched(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return !n.contains("/media/") && !n.endsWith(".svg");
  }

  /** Reads the next bytes; false once the prolog is over (or the part is not XML). */
  boolean feed(byte[] b, int n) throws WorkbookRefusedException {
    for (int i = 0; i < n; i++) {
      char c = (char) (b[i] & 0xFF);
      if (c == 0) {
        continue;
      }
      if (!inMarkup) {
        if (c == '<') {
          inMarkup = true;
          markup.setLength(0);
          markup.append(c);
        } else if (!Character.isWhitespace(c)
            && c != 0xEF
            && c != 0xBB
            && c != 0xBF
            && c != 0xFE
            && c != 0xFF) {
          return false;
        }
        continue;
      }
      if (!markupChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** One character inside {@code <...>}; false when it turns out to be the first element. */
  private boolean markupChar(char c) throws WorkbookRefusedException {
    if (markup.length() < HEAD) {
      markup.append(c);
    }
    String m = markup.toString();
    if (m.length() == 2 && c != '!' && c != '?') {
      return false;
    }
    if (m.startsWith("<!DOCTYPE") || m.startsWith("<!ENTITY")) {
      throw new WorkbookRefusedException(
          Reason.CORRUPT,
          "the workbook contains XML we do not"
              + " accept: part "
              + PackageGuard.shown(part)
              + " declares a document type (DOCTYPE),"
              + " which Excel never writes and XML attacks rely on");
    }
    boolean ended =
        c == '>'
            && (m.startsWith("<!--")
                ? last == '-' && beforeLast == '-'
                : !m.startsWith("<?") || last == '?');
    beforeLast = last;
    last = c;
    if (ended) {
      inMarkup = false;
      if (m.startsWith("<?xml ") && m.matches("(?s)<\\?xml\\s+version\\s*=\\s*[\"']1\\.1.*")) {
        throw new WorkbookRefusedException(
            Reason.UNSUPPORTED_FORMAT,
            "part "
                + PackageGuard.shown(part)
                + " is XML 1.1, which Excel never writes: open the"
                + " workbook in Excel, save it as .xlsx and try again");
      }
      return m.startsWith("<!--") || m.startsWith("<?");
    }
    return true;
  }
}
