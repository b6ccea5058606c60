package uk.scorecard.read;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.scorecard.model.Column;
import uk.scorecard.model.Layout;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;

/**
 * What a row below a header is: an indicator, or one of the rows officers put between and after
 * them — section labels in capitals (FRONT DOOR), subtotals (NORTH EAST, Total), notes and keys.
 */
enum RowKind {
  INDICATOR,
  BLANK,
  SECTION,
  TOTAL,
  NOTE;

  private static final Pattern NOTE_START =
      Pattern.compile(
          "(?i)^(\\*|†|‡|note\\b|notes\\b|nb\\b|n\\.b\\.|source\\b|sources\\b|key\\b|please note|"
              + "data source|definitions?\\b|footnote)");
  private static final Pattern TOTAL_START =
      Pattern.compile("(?i)^(grand total|sub-?total|total)\\b");

  /** Upper-case letters with spaces and joining marks, no digits: a heading, not a code. */
  private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}][\\p{Lu}\\s&/,'()\\-–:.]*");

  /** The kind of a row under this layout. */
  static RowKind of(Grid grid, Layout layout, int r) {
    List<RawCell> cells =
        grid.row(r).stream()
            .filter(c -> c.col() <= layout.lastHeaderCol() && !c.isEmpty())
            .toList();
    if (cells.isEmpty()) {
      return BLANK;
    }
    String id = text(grid, layout, r, Column.ID);
    String title = text(grid, layout, r, Column.TITLE);
    String label = id != null ? id : title;
    if (label == null) {
      return NOTE;
    }
    if (cells.size() == 1) {
      return SECTION;
    }
    if (TOTAL_START.matcher(label).find()) {
      return TOTAL;
    }
    RawCell idCell = cell(grid, layout, r, Column.ID);
    if (idCell != null && ColumnRoles.isCode(idCell) && title != null && !id.equals(title)) {
      // A row with an id and a title is an indicator, whatever its figure cells say
      // ("See Part 2 report"): it is read and rated or said to be not rated, never dropped.
      return INDICATOR;
    }
    if (heading(label) && (id == null || title == null || id.equals(title))) {
      return hasFigures(grid, layout, r) ? TOTAL : SECTION;
    }
    if (!hasFigures(grid, layout, r) && !hasRules(grid, layout, r)) {
      return NOTE;
    }
    if (NOTE_START.matcher(label).find() && !hasFigures(grid, layout, r)) {
      return NOTE;
    }
    return INDICATOR;
  }

  /** A label in capitals of four letters or more with no digit: a section, or a region's total. */
  static boolean heading(String label) {
    String t = label.trim();
    long letters = t.chars().filter(Character::isLetter).count();
    return letters >= 4 && CAPITALS.matcher(t).matches() && !t.toLowerCase(Locale.ROOT).equals(t);
  }

  /** Something in a period column other than a sentence spilling over from a note. */
  private static boolean hasFigures(Grid grid, Layout layout, int r) {
    return layout.periods().stream()
        .anyMatch(
            p -> {
              RawCell c = grid.get(r, p.col());
              return c != null && !c.isEmpty() && !sentence(c);
            });
  }

  private static boolean sentence(RawCell c) {
    return c.kind() == RawCell.Kind.TEXT && c.text().trim().split("\\s+").length >= 4;
  }

  /** Anything in a column other than the id and title: a target, polarity, unit, RAG... */
  private static boolean hasRules(Grid grid, Layout layout, int r) {
    return layout.columns().entrySet().stream()
        .filter(e -> e.getKey() != Column.ID && e.getKey() != Column.TITLE)
        .anyMatch(
            e -> {
              RawCell c = grid.get(r, e.getValue());
              return c != null && !c.isEmpty();
            });
  }

  private static String text(Grid grid, Layout layout, int r, Column col) {
    RawCell c = cell(grid, layout, r, col);
    return c == null ? null : c.display();
  }

  private static RawCell cell(Grid grid, Layout layout, int r, Column col) {
    if (!layout.has(col)) {
      return null;
    }
    RawCell c = grid.get(r, layout.col(col).getAsInt());
    return c == null || c.isEmpty() ? null : c;
  }
}
