package uk.scorecard.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.read.grid.RawCell;

/**
 * The lines of our Rules sheet from an earlier rate --live, as read back: each line's indicator (by
 * its sheet, row and Ref) and its rule cells, each shown value with whether the officer edited it
 * (it differs from the hidden copy of what we wrote).
 */
final class SheetRules {

  // Compiled once: String.replaceAll compiles its pattern on every call, and this runs per row.
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  /** No Rules sheet of ours. */
  static final SheetRules NONE = new SheetRules("", List.of());

  /** A rule cell: what it shows, where it is, and whether the officer typed over what we wrote. */
  record Cell(RawCell shown, int col, boolean edited) {}

  /** One line: its row on the Rules sheet, the indicator's sheet, row and Ref, and rule cells. */
  record Line(int at, String sheet, int row, String ref, Map<String, Cell> cells) {

    /** True when any rule cell on the line was edited. */
    boolean edited() {
      return cells.values().stream().anyMatch(Cell::edited);
    }
  }

  private final String name;
  private final Map<String, Line> byRow = new HashMap<>();
  private final Map<String, List<Line>> byRef = new HashMap<>();

  SheetRules(String name, List<Line> lines) {
    this.name = name;
    for (Line l : lines) {
      byRow.putIfAbsent(l.sheet() + '\u0000' + l.row(), l);
      byRef.computeIfAbsent(l.sheet() + '\u0000' + key(l.ref()), k -> new ArrayList<>()).add(l);
    }
  }

  /** The Rules sheet's name as the workbook has it now. */
  String name() {
    return name;
  }

  /**
   * The line of the indicator on this sheet and row with this id: the line naming that row and id,
   * else the one line of the sheet with that id (its row moved since), else null.
   */
  @Nullable Line of(String sheet, int row, @Nullable String id) {
    String k = key(id);
    Line l = byRow.get(sheet + '\u0000' + row);
    if (l != null && key(l.ref()).equals(k)) {
      return l;
    }
    List<Line> same = k.isEmpty() ? null : byRef.get(sheet + '\u0000' + k);
    return same != null && same.size() == 1 ? same.get(0) : null;
  }

  /** Ids compare ignoring case and spacing, as the rules file's do. */
  private static String key(@Nullable String id) {
    return id == null ? "" : SPACES.matcher(id).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
