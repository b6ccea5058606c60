package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Rating;
import uk.scorecard.report.Edit;

/**
 * A plan as an edit list, cell by cell ({@link Edit}), and back: the one "what to write" model that
 * the Excel add-in applies in the open workbook and the zip patcher writes into a copy, on every
 * path (rate, the web page, the API and the add-in). The rules about which cells are ours are the
 * plan's; the edit list carries their result, live formulas and live colouring included. The Checks
 * sheet is not in it: the patcher writes that from the report and the heading lines.
 */
public final class Edits {

  private Edits() {}

  /**
   * The plan's cells and notes, sheet by sheet, row by row (a cell's notes are one edit), then its
   * live colouring ranges.
   */
  public static List<Edit> of(Plan plan) {
    List<Edit> out = new ArrayList<>();
    for (String sheet : plan.sheets()) {
      Map<String, Edit> cells = new LinkedHashMap<>();
      plan.cells(sheet)
          .forEach(
              (row, cols) ->
                  cols.forEach(
                      (col, w) -> {
                        String a1 = CellRef.a1(row, col);
                        cells.put(a1, EditCell.of(sheet, a1, w, plan.widths(sheet).get(col)));
                      }));
      for (Map.Entry<String, String> n : notes(plan.notes(sheet)).entrySet()) {
        Edit e = cells.get(n.getKey());
        String note = Marks.NOTE + n.getValue();
        cells.put(
            n.getKey(),
            e != null
                ? e.withNote(note)
                : new Edit(
                    sheet,
                    n.getKey(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    note,
                    null,
                    false,
                    false,
                    null));
      }
      out.addAll(cells.values());
    }
    List<Edit.Colour> colours =
        plan.liveRatings().stream()
            .map(r -> new Edit.Colour(r.word(), "#" + RagFill.fill(r), "#" + RagFill.ink(r)))
            .toList();
    for (String sheet : plan.liveSheets()) {
      for (CellRangeAddress range : plan.live(sheet)) {
        // Always "first:last", even for one cell, so a range never reads as a cell's edit.
        String a1 =
            CellRef.a1(range.getFirstRow(), range.getFirstColumn())
                + ":"
                + CellRef.a1(range.getLastRow(), range.getLastColumn());
        out.add(Edit.colouring(sheet, a1, colours));
      }
    }
    return out;
  }

  /** The plan an edit list describes, for the patcher to write. */
  public static Plan plan(List<Edit> edits) {
    Plan p = Plan.empty();
    for (Edit e : edits) {
      if (e.colours() != null) {
        p.colour(
            e.sheet(),
            CellRangeAddress.valueOf(e.cell()),
            e.colours().stream().map(c -> EditCell.rating(c.rating())).anyMatch(Rating::fivePoint));
        continue;
      }
      int row = CellRef.rowOf(e.cell());
      int col = CellRef.columnOf(e.cell());
      if (e.value() != null) {
        p.add(e.sheet(), EditCell.write(row, col, e));
      }
      if (e.width() != null) {
        p.width(e.sheet(), col, e.width());
      }
      if (e.note() != null) {
        String text =
            e.note().startsWith(Marks.NOTE) ? e.note().substring(Marks.NOTE.length()) : e.note();
        p.add(e.sheet(), new Plan.Note(row, col, text));
      }
    }
    return p;
  }

  /** A sheet's notes by cell, several on one cell joined as the notes part joins them. */
  private static Map<String, String> notes(List<Plan.Note> notes) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Plan.Note n : notes) {
      out.merge(
          CellRef.a1(n.row(), n.col()),
          n.text(),
          (a, b) -> a.equals(b) || a.contains(b) ? a : a + "\n" + b);
    }
    return out;
  }
}
