package uk.scorecard.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.RulesSheetWords;
import uk.scorecard.model.Severity;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;

/**
 * Reads our Rules sheet back (rate --live): its columns by their header text, so columns added
 * later are found wherever they are; a rule column is one with a hidden copy headed as {@link
 * RulesSheetWords#written}. Lines whose Indicator's row cannot be read are skipped.
 */
final class RulesSheetReader {

  /** Rows searched for the header: the sheet opens with a title and a line saying what it is. */
  private static final int HEADER_ROWS = 20;

  private RulesSheetReader() {}

  /**
   * The sheet's lines; a sheet with no hidden copies (written before they were added, or with them
   * deleted) is said in {@code out}, as an officer's edits on it cannot be told and are not taken.
   */
  static SheetRules read(Grid grid, List<Finding> out) {
    int header = -1;
    Map<String, Integer> cols = new HashMap<>();
    for (int r : grid.rowIndices()) {
      if (r >= HEADER_ROWS) {
        break;
      }
      Map<String, Integer> found = new HashMap<>();
      grid.row(r).forEach(c -> found.putIfAbsent(c.display(), c.col()));
      if (found.containsKey(RulesSheetWords.REF) && found.containsKey(RulesSheetWords.ROW)) {
        header = r;
        cols = found;
        break;
      }
    }
    if (header < 0) {
      return new SheetRules(grid.sheet(), List.of());
    }
    Map<String, int[]> rules = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : cols.entrySet()) {
      Integer copy = cols.get(RulesSheetWords.written(e.getKey()));
      if (copy != null) {
        rules.put(e.getKey(), new int[] {e.getValue(), copy});
      }
    }
    if (rules.isEmpty()) {
      out.add(
          Finding.at(
              new CellRef(grid.sheet(), header, 0),
              Severity.WARNING,
              ReadCodes.RULES_SHEET_NOT_READ,
              "The Rules sheet has no hidden copies of the rules written on it (it was written by"
                  + " an earlier version, or they were deleted), so a rule typed on it cannot be"
                  + " told from one written and is not read back: it is written again from the"
                  + " rules file, with the copies"));
      return new SheetRules(grid.sheet(), List.of());
    }
    List<SheetRules.Line> lines = new ArrayList<>();
    for (int r : grid.rowIndices()) {
      if (r > header) {
        SheetRules.Line l = line(grid, r, cols, rules);
        if (l != null) {
          lines.add(l);
        }
      }
    }
    return new SheetRules(grid.sheet(), lines);
  }

  private static SheetRules.@Nullable Line line(
      Grid grid, int r, Map<String, Integer> cols, Map<String, int[]> rules) {
    String where = display(grid.get(r, cols.get(RulesSheetWords.ROW)));
    int i = where.lastIndexOf(RulesSheetWords.ROW_WORD);
    if (i <= 0) {
      return null;
    }
    int row;
    try {
      row = Integer.parseInt(where.substring(i + RulesSheetWords.ROW_WORD.length()).trim()) - 1;
    } catch (NumberFormatException e) {
      return null;
    }
    Map<String, SheetRules.Cell> cells = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : rules.entrySet()) {
      RawCell shown = grid.get(r, e.getValue()[0]);
      RawCell written = grid.get(r, e.getValue()[1]);
      RawCell s = shown == null ? blank(r, e.getValue()[0]) : shown;
      cells.put(e.getKey(), new SheetRules.Cell(s, s.col(), !s.isEmpty() && !same(s, written)));
    }
    String ref = display(grid.get(r, cols.get(RulesSheetWords.REF)));
    return row < 0 ? null : new SheetRules.Line(r, where.substring(0, i), row, ref, cells);
  }

  /** True when a shown cell still holds what we wrote: numbers by value, text as read. */
  static boolean same(RawCell shown, @Nullable RawCell written) {
    if (written == null) {
      return false;
    }
    if (shown.kind() == RawCell.Kind.NUMBER && written.kind() == RawCell.Kind.NUMBER) {
      return shown.number().compareTo(written.number()) == 0;
    }
    return shown.display().equals(written.display());
  }

  private static String display(@Nullable RawCell c) {
    return c == null ? "" : c.display();
  }

  private static RawCell blank(int row, int col) {
    return new RawCell(row, col, RawCell.Kind.BLANK, "", null, null, false);
  }
}
