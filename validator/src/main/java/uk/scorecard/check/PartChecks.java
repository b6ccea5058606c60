package uk.scorecard.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.scorecard.check.Parts.Cue;
import uk.scorecard.check.Parts.Part;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Shown;

/**
 * Rules between a count and its parts, period by period: no part above its whole (an error: they
 * cannot both be true), and the slices of a breakdown ("of which", sub-ids) not adding up to more
 * than the whole (a warning: the slices may overlap).
 */
final class PartChecks {

  /** The most parts a message lists before it says how many more there are. */
  private static final int LISTED = 6;

  private PartChecks() {}

  /** Adds the findings of one table's wholes and parts. */
  static void check(IndicatorTable table, Parts parts, Counts counts, Findings out) {
    boolean single = out.on(Rule.PART_ABOVE_WHOLE);
    boolean sum = out.on(Rule.PARTS_EXCEED_WHOLE);
    if (!single && !sum) {
      return;
    }
    for (IndicatorRow whole : parts.wholes()) {
      for (PeriodColumn pc : table.layout().periods()) {
        BigDecimal w = counts.count(whole, pc.col());
        if (w == null) {
          continue;
        }
        boolean above = false;
        for (Part p : parts.partsOf(whole)) {
          BigDecimal v = counts.count(p.row(), pc.col());
          if (v != null && v.compareTo(w) > 0) {
            above = true;
            if (single) {
              partAbove(p, pc, v, w, counts, out);
            }
          }
        }
        if (sum && !above) {
          sliceSum(whole, parts.partsOf(whole), pc, w, counts, out);
        }
      }
    }
  }

  private static void partAbove(
      Part p, PeriodColumn pc, BigDecimal v, BigDecimal w, Counts counts, Findings out) {
    CellRef at = counts.at(p.row(), pc.col()).cell();
    CellRef whole = counts.at(p.whole(), pc.col()).cell();
    out.add(
        Rule.PART_ABOVE_WHOLE,
        at,
        Messages.format(
            "part-above-whole",
            "where",
            pc.period().label(),
            "part",
            Shown.count(v),
            "whole",
            Shown.count(w),
            "other",
            whole.a1(),
            "title",
            Shown.clip(label(p.whole()))),
        whole);
  }

  /** The slices of a breakdown whose counts are known, added up against their whole. */
  private static void sliceSum(
      IndicatorRow whole,
      List<Part> parts,
      PeriodColumn pc,
      BigDecimal w,
      Counts counts,
      Findings out) {
    BigDecimal total = BigDecimal.ZERO;
    List<String> terms = new ArrayList<>();
    for (Part p : parts) {
      BigDecimal v = p.cue() == Cue.BREAKDOWN ? counts.count(p.row(), pc.col()) : null;
      if (v != null) {
        total = total.add(v);
        terms.add(Shown.count(v) + " in " + counts.at(p.row(), pc.col()).cell().a1());
      }
    }
    if (terms.size() < 2 || total.compareTo(w) <= 0) {
      return;
    }
    String listed =
        terms.size() <= LISTED
            ? String.join(" + ", terms)
            : String.join(" + ", terms.subList(0, LISTED))
                + " and "
                + (terms.size() - LISTED)
                + " more";
    out.add(
        Rule.PARTS_EXCEED_WHOLE,
        counts.at(whole, pc.col()).cell(),
        Messages.format(
            "parts-exceed-whole",
            "where",
            pc.period().label(),
            "sum",
            Shown.count(total),
            "parts",
            listed,
            "whole",
            Shown.count(w)));
  }

  /** What a row is called in a message: its title, else its id. */
  static String label(IndicatorRow row) {
    return row.title() != null ? row.title() : row.id() == null ? "" : row.id();
  }
}
