package uk.scorecard.internal.opc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Zip entry names of package parts, and how relationship targets resolve against them: the one
 * place this is done, for the reader and the writer alike.
 */
public final class PartNames {

  private PartNames() {}

  /** The rels entry of a part: {@code xl/workbook.xml} has {@code xl/_rels/workbook.xml.rels}. */
  public static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /**
   * A relationship target as a zip entry name (no leading slash), as the packaging rules say:
   * absolute ({@code /xl/comments/comment1.xml}) from the package root, otherwise relative to the
   * source part's folder, with {@code ./} and {@code ../} segments resolved and escapes such as
   * {@code %20} decoded. Case is kept: {@link PackageParts#find} matches ignoring it.
   */
  public static String resolve(String sourcePart, String target) {
    String t = decode(target == null ? "" : target.strip());
    int hash = t.indexOf('#');
    if (hash >= 0) {
      t = t.substring(0, hash);
    }
    t = t.replace('\\', '/');
    String folder = sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1);
    String path = t.startsWith("/") ? t.substring(1) : folder + t;
    List<String> out = new ArrayList<>();
    for (String seg : path.split("/")) {
      if (seg.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        }
      } else if (!seg.isEmpty() && !seg.equals(".")) {
        out.add(seg);
      }
    }
    return String.join("/", out);
  }

  /** The target to write in {@code from}'s rels so that it points at {@code to}. */
  public static String relative(String from, String to) {
    String dir = from.substring(0, from.lastIndexOf('/') + 1);
    if (to.startsWith(dir)) {
      return to.substring(dir.length());
    }
    return "/" + to;
  }

  private static String decode(String t) {
    if (t.indexOf('%') < 0) {
      return t;
    }
    try {
      // '+' is a plus in a part name, not a space as in a form: keep it through the decoder.
      return URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return t;
    }
  }
}
