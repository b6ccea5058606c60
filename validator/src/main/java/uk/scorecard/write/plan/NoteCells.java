package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The cells our notes are on as ranges, for the mark that prints where a note does not: a run of
 * cells down one column is one range ({@code G5:G52}), so a finding on many rows does not make a
 * list too long for Excel.
 */
public final class NoteCells {

  private NoteCells() {}

  /** The ranges, column by column, top to bottom. */
  public static List<CellRangeAddress> ranges(List<Plan.Note> notes) {
    Map<Integer, TreeSet<Integer>> byCol = new TreeMap<>();
    for (Plan.Note n : notes) {
      byCol.computeIfAbsent(n.col(), k -> new TreeSet<>()).add(n.row());
    }
    List<CellRangeAddress> out = new ArrayList<>();
    for (var e : byCol.entrySet()) {
      int first = -1;
      int last = -1;
      for (int row : e.getValue()) {
        if (first >= 0 && row == last + 1) {
          last = row;
          continue;
        }
        if (first >= 0) {
          out.add(new CellRangeAddress(first, last, e.getKey(), e.getKey()));
        }
        first = row;
        last = row;
      }
      if (first >= 0) {
        out.add(new CellRangeAddress(first, last, e.getKey(), e.getKey()));
      }
    }
    return out;
  }
}
