package uk.scorecard.rate;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the officer's own caveat with ours. Our lines start with {@link #MARK}, so a later run
 * replaces them and never touches the officer's words.
 */
public final class Caveats {

  /** The start of every caveat line the tool writes. */
  public static final String MARK = "Auto: ";

  private Caveats() {}

  /** The officer's part of a Caveat cell: every line not written by us. */
  public static String officers(String cell) {
    if (cell == null) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    for (String line : cell.split("\\R", -1)) {
      if (!line.startsWith(MARK)) {
        kept.add(line);
      }
    }
    return String.join("\n", kept).strip();
  }

  /** The cell text: the officer's words first, then one marked line per caveat of ours. */
  public static String combine(String existingCell, List<String> ours) {
    StringBuilder sb = new StringBuilder(officers(existingCell));
    for (String c : ours) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(MARK).append(c);
    }
    return sb.toString();
  }
}
