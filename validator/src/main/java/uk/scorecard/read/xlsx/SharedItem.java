package uk.scorecard.read.xlsx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The text of one shared-string item from its raw content (what lies between {@code <si>} and
 * {@code </si>}): the {@code <t>} runs joined, phonetic runs ({@code <rPh>}) left out, entities and
 * Excel's {@code _xHHHH_} escapes decoded, as POI's read-only table gives it.
 */
final class SharedItem {

  private SharedItem() {}

  static String text(byte[] item) throws SharedStringsScan.Unusual {
    ByteArrayOutputStream text = new ByteArrayOutputStream(item.length);
    boolean inT = false;
    int phonetic = 0;
    int i = 0;
    while (i < item.length) {
      byte b = item[i];
      if (b != '<') {
        if (inT && phonetic == 0) {
          text.write(b);
        }
        i++;
        continue;
      }
      int end = tagEnd(item, i);
      String tag = name(item, i + 1, end);
      switch (tag) {
        case "t" -> inT = item[end - 1] != '/';
        case "/t" -> inT = false;
        case "rPh" -> phonetic += item[end - 1] == '/' ? 0 : 1;
        case "/rPh" -> phonetic--;
        default -> {}
      }
      i = end + 1;
    }
    return excelEscapes(unescape(new String(text.toByteArray(), StandardCharsets.UTF_8)));
  }

  /** The index of the '>' closing the tag opened at start, skipping quoted attribute values. */
  private static int tagEnd(byte[] b, int start) throws SharedStringsScan.Unusual {
    int quote = 0;
    for (int i = start + 1; i < b.length; i++) {
      if (quote != 0) {
        quote = b[i] == quote ? 0 : quote;
      } else if (b[i] == '"' || b[i] == '\'') {
        quote = b[i];
      } else if (b[i] == '>') {
        return i;
      }
    }
    throw new SharedStringsScan.Unusual("unclosed tag");
  }

  private static String name(byte[] b, int from, int end) {
    int i = from;
    while (i < end && b[i] != ' ' && b[i] != '/' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n'
        || i == from && b[i] == '/') {
      i++;
    }
    return new String(b, from, i - from, StandardCharsets.US_ASCII);
  }

  /**
   * Character data as an XML parser gives it: line ends normalised (CR LF and a lone CR read as LF,
   * XML 1.0 section 2.11) before references are decoded, so {@code &#13;} stays a CR.
   */
  private static String unescape(String s) throws SharedStringsScan.Unusual {
    if (s.indexOf('&') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        out.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == '&') {
        int semi = s.indexOf(';', i);
        if (semi < 0) {
          throw new SharedStringsScan.Unusual("bare &");
        }
        out.appendCodePoint(entity(s.substring(i + 1, semi)));
        i = semi;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Decodes Excel's escapes for characters XML cannot hold: _x000D_ is a carriage return. */
  static String excelEscapes(String s) {
    if (!s.contains("_x")) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '_' && isEscape(s, i)) {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 6;
      } else {
        out.append(s.charAt(i));
      }
    }
    return out.toString();
  }

  private static int entity(String name) throws SharedStringsScan.Unusual {
    switch (name) {
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        try {
          if (name.startsWith("#x")) {
            return Integer.parseInt(name.substring(2), 16);
          }
          if (name.startsWith("#")) {
            return Integer.parseInt(name.substring(1));
          }
        } catch (NumberFormatException e) {
          // falls through to Unusual
        }
        throw new SharedStringsScan.Unusual("entity " + name);
    }
  }

  private static boolean isEscape(String s, int i) {
    if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
