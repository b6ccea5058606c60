package uk.scorecard.property;

import uk.scorecard.property.Spec.Extra;
import uk.scorecard.property.Spec.Layout;

/**
 * Where each column of a generated table is (zero-based; -1 when absent), and where the Change, RAG
 * and Caveat cells are after rating: the table's own columns, or new ones after the last column the
 * table uses, in that order, with the Direction of travel after Change. A table with no caveat
 * column but a Notes column has its caveats there, "Notes" being one of the caveat column's names.
 */
record Columns(
    int id,
    int title,
    int notes,
    int lead,
    int polarity,
    int unit,
    int firstPeriod,
    int periodWidth,
    int target,
    int tolerance,
    int change,
    int rag,
    int caveat,
    int width,
    int ratedChange,
    int ratedRag,
    int ratedCaveat,
    int ratedDirection) {

  /** The columns of this layout. */
  static Columns of(Layout layout) {
    var h = layout.headers();
    var s = layout.shape();
    int[] next = {2};
    int notes = s.notes() == Extra.BEFORE_FIGURES ? next[0]++ : -1;
    int lead = s.lead() == Extra.BEFORE_FIGURES ? next[0]++ : -1;
    int polarity = next[0]++;
    int unit = h.unitColumn() ? next[0]++ : -1;
    int first = next[0];
    int periodWidth = s.twoRow() ? 2 : 1;
    next[0] += periodWidth * layout.periods().count();
    notes = s.notes() == Extra.AFTER_FIGURES ? next[0]++ : notes;
    lead = s.lead() == Extra.AFTER_FIGURES ? next[0]++ : lead;
    int target = next[0]++;
    int tolerance = s.toleranceColumn() ? next[0]++ : -1;
    int change = h.change() != null ? next[0]++ : -1;
    int rag = h.rag() != null ? next[0]++ : -1;
    int caveat = h.caveat() != null ? next[0]++ : -1;
    notes = s.notes() == Extra.LAST ? next[0]++ : notes;
    lead = s.lead() == Extra.LAST ? next[0]++ : lead;
    int width = next[0];
    int added = width;
    int ratedChange = change >= 0 ? change : added++;
    // Our Direction of travel column comes after Change in a table with two periods or more.
    int ratedDirection = layout.periods().count() >= 2 ? added++ : -1;
    int ratedRag = rag >= 0 ? rag : added++;
    int ratedCaveat = caveat >= 0 ? caveat : notes >= 0 ? notes : added;
    return new Columns(
        0,
        1,
        notes,
        lead,
        polarity,
        unit,
        first,
        periodWidth,
        target,
        tolerance,
        change,
        rag,
        caveat,
        width,
        ratedChange,
        ratedRag,
        ratedCaveat,
        ratedDirection);
  }

  /** The column of the i-th period's figure: its % column under a two-row header. */
  int figure(int i) {
    return firstPeriod + i * periodWidth + periodWidth - 1;
  }

  /** The column of the i-th period's heading (the first under a merged heading). */
  int period(int i) {
    return firstPeriod + i * periodWidth;
  }

  /** True when the caveats go in the officer's Notes column. */
  boolean caveatsInNotes() {
    return caveat < 0 && notes >= 0;
  }
}
