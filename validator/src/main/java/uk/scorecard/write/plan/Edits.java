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
    convert(plan, false, out::add);
    return out;
  }

  /**
   * The plan rebuilt from its edit list, one edit at a time, as the patcher gets it on the rate
   * path: each cell goes through its {@link Edit}, and the planned cells are let go as they go, so
   * a plan of a million cells and its edit list are never held whole at once.
   */
  public static Plan through(Plan planned) {
    Plan p = Plan.empty();
    convert(planned, true, e -> apply(p, e));
    // The Rules sheet is written whole from its lines, as the Checks sheet is from the report.
    p.rulesFrom(planned);
    return p;
  }

  private static void convert(Plan plan, boolean take, java.util.function.Consumer<Edit> out) {
    for (String sheet : plan.sheets()) {
      // Notes are few: looked up by cell as the cells go by, the rest added after them.
      Map<String, String> notes = notes(plan.notes(sheet));
      if (take && !plan.notes(sheet).isEmpty()) {
        plan.notes(sheet).clear(); // held once, in the map, until each goes into its edit
      }
      var rows = plan.cells(sheet).entrySet().iterator();
      while (rows.hasNext()) {
        var row = rows.next();
        for (var c : row.getValue().entrySet()) {
          String a1 = CellRef.a1(row.getKey(), c.getKey());
          Edit e = EditCell.of(sheet, a1, c.getValue(), plan.widths(sheet).get(c.getKey()));
          String note = notes.remove(a1);
          out.accept(note == null ? e : e.withNote(Marks.NOTE + note));
        }
        if (take) {
          rows.remove();
        }
      }
      notes.forEach(
          (a1, note) ->
              out.accept(
                  new Edit(
                      sheet,
                      a1,
                      null,
                      null,
                      null,
                      null,
                      null,
                      Marks.NOTE + note,
                      null,
                      false,
                      false,
                      null)));
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
        out.accept(Edit.colouring(sheet, a1, colours));
      }
    }
  }

  /** The plan an edit list describes, for the patcher to write. */
  public static Plan plan(List<Edit> edits) {
    Plan p = Plan.empty();
    edits.forEach(e -> apply(p, e));
    return p;
  }

  /** Adds what one edit says to a plan. */
  private static void apply(Plan p, Edit e) {
    if (e.colours() != null) {
      p.colour(
          e.sheet(),
          CellRangeAddress.valueOf(e.cell()),
          e.colours().stream().map(c -> EditCell.rating(c.rating())).anyMatch(Rating::fivePoint));
      return;
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
