package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Rating;
import uk.scorecard.report.Edit;

/**
 * A plan as an edit list, cell by cell ({@link Edit}), and back: the one "what to write" model that
 * the Excel add-in applies in the open workbook and the zip patcher writes into a copy. The rules
 * about which cells are ours are the plan's; the edit list only carries their result. What an edit
 * list does not carry: live conditional formatting ({@code --live}) and the Checks sheet, which the
 * patcher writes from the report.
 */
public final class Edits {

  private Edits() {}

  /** The plan's cells and notes, sheet by sheet, row by row; a cell's notes are one edit. */
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
                        cells.put(a1, edit(sheet, a1, w, plan.widths(sheet).get(col)));
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
    return out;
  }

  /** The plan an edit list describes, for the patcher to write. */
  public static Plan plan(List<Edit> edits) {
    Plan p = Plan.empty();
    for (Edit e : edits) {
      int row = CellRef.rowOf(e.cell());
      int col = CellRef.columnOf(e.cell());
      if (e.value() != null) {
        p.add(e.sheet(), write(row, col, e));
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

  private static Edit edit(String sheet, String a1, CellWrite w, Double width) {
    Rating r = w.look() == CellWrite.Look.RAG ? w.rating() : null;
    return new Edit(
        sheet,
        a1,
        w.text(),
        null,
        r == null ? null : "#" + RagFill.fill(r),
        r == null ? null : "#" + RagFill.ink(r),
        null,
        null,
        r == null ? null : r.word(),
        w.look() == CellWrite.Look.WRAP,
        w.look() == CellWrite.Look.HEADER,
        w.look() == CellWrite.Look.HEADER ? width : null);
  }

  private static CellWrite write(int row, int col, Edit e) {
    if (e.header()) {
      return CellWrite.header(row, col, e.value());
    }
    if (e.rating() != null) {
      Rating r = rating(e.rating());
      return CellWrite.rag(row, col, r, e.value());
    }
    return e.wrap() ? CellWrite.caveat(row, col, e.value()) : CellWrite.text(row, col, e.value());
  }

  private static Rating rating(String word) {
    for (Rating r : Rating.values()) {
      if (r.word().equals(word)) {
        return r;
      }
    }
    throw new IllegalArgumentException("not a rating: " + word);
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
