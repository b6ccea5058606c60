package uk.scorecard.write.plan;

import uk.scorecard.model.CellRef;
import uk.scorecard.model.Rating;
import uk.scorecard.report.Edit;

/** One planned cell as an {@link Edit} and back, its live formula included. */
final class EditCell {

  private EditCell() {}

  /**
   * The edit for a planned cell; {@code width} is its column's when the cell is a header we add.
   */
  static Edit of(String sheet, String a1, CellWrite w, Double width) {
    Rating r = w.look() == CellWrite.Look.RAG ? w.rating() : null;
    CellWrite.Formula f = w.formula();
    return new Edit(
        sheet,
        a1,
        w.text(),
        f == null ? null : "=" + f.text(),
        r == null ? null : "#" + RagFill.fill(r),
        r == null ? null : "#" + RagFill.ink(r),
        null,
        null,
        r == null ? null : r.word(),
        w.look() == CellWrite.Look.WRAP,
        w.look() == CellWrite.Look.HEADER,
        w.look() == CellWrite.Look.HEADER ? width : null,
        f != null && f.number() ? Boolean.TRUE : null,
        f == null || f.fallback() == null
            ? null
            : new Edit.Otherwise(
                CellRef.a1(w.row(), f.checkCol()), f.checkValue(), "=" + f.fallback()),
        w.overFormula() ? Boolean.TRUE : null,
        null);
  }

  /** The planned cell an edit describes. */
  static CellWrite write(int row, int col, Edit e) {
    CellWrite w = look(row, col, e);
    if (e.formula() != null) {
      Edit.Otherwise o = e.otherwise();
      boolean number = Boolean.TRUE.equals(e.number());
      return w.live(
          o == null
              ? new CellWrite.Formula(bare(e.formula()), number)
              : new CellWrite.Formula(
                  bare(e.formula()),
                  number,
                  CellRef.columnOf(o.cell()),
                  o.equals(),
                  bare(o.formula())));
    }
    return Boolean.TRUE.equals(e.replacesOurs()) ? w.live(null) : w;
  }

  private static CellWrite look(int row, int col, Edit e) {
    if (e.header()) {
      return CellWrite.header(row, col, e.value());
    }
    if (e.rating() != null) {
      return CellWrite.rag(row, col, rating(e.rating()), e.value());
    }
    return e.wrap() ? CellWrite.caveat(row, col, e.value()) : CellWrite.text(row, col, e.value());
  }

  /** A formula without its leading "=", as the sheet XML holds it. */
  private static String bare(String formula) {
    return formula.startsWith("=") ? formula.substring(1) : formula;
  }

  /** The rating a word names. */
  static Rating rating(String word) {
    for (Rating r : Rating.values()) {
      if (r.word().equals(word)) {
        return r;
      }
    }
    throw new IllegalArgumentException("not a rating: " + word);
  }
}
