package uk.scorecard.write;

import java.net.URI;

/** Zip entry names of package parts, and how relationship targets resolve against them. */
final class PartNames {

  private PartNames() {}

  /** The rels entry of a part: {@code xl/workbook.xml} has {@code xl/_rels/workbook.xml.rels}. */
  static String relsOf(String part) {
    int slash = part.lastIndexOf('/');
    return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
  }

  /** A relationship target, relative to its source part, as a zip entry name. */
  static String resolve(String sourcePart, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    URI base = URI.create("/" + sourcePart);
    return base.resolve(target).getPath().substring(1);
  }

  /** The target to write in {@code from}'s rels so that it points at {@code to}. */
  static String relative(String from, String to) {
    String dir = from.substring(0, from.lastIndexOf('/') + 1);
    if (to.startsWith(dir)) {
      return to.substring(dir.length());
    }
    return "/" + to;
  }
}
