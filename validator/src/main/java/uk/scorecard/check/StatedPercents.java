package uk.scorecard.check;

import java.math.BigDecimal;
import java.util.Map;
import uk.scorecard.check.Parts.Part;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Reading.Stated;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/**
 * A count written with its percentage ("9 (3.1%)") in a row that is part of another, or drawn from
 * a cohort in another row: the percentage is of that row's count in the same period, and must be
 * what the two give.
 */
final class StatedPercents {

  private StatedPercents() {}

  /** Adds the findings of one table's counts written with their percentages. */
  static void check(
      IndicatorTable table,
      Parts parts,
      Map<IndicatorRow, IndicatorRow> cohorts,
      Counts counts,
      Findings out) {
    if (!out.on(Rule.PERCENT_MISMATCH)) {
      return;
    }
    for (IndicatorRow row : table.rows()) {
      Part p = parts.partOf(row);
      IndicatorRow whole = p != null ? p.whole() : cohorts.get(row);
      if (whole == null) {
        continue;
      }
      for (Observation o : row.observations()) {
        Figure f = o.reading().figure();
        Stated s = f == null ? null : f.stated();
        if (s != null && s.of() == null && !besideItsDenominator(row, o)) {
          against(o, s, whole, counts, out);
        }
      }
    }
  }

  private static void against(
      Observation o, Stated s, IndicatorRow whole, Counts counts, Findings out) {
    BigDecimal d = counts.count(whole, o.cell().col());
    // A part above its whole is part-above-whole's to say.
    if (d == null || d.signum() <= 0 || s.count().compareTo(d) > 0) {
      return;
    }
    String expected =
        MatchesFraction.Check.expected(s.count(), d, s.percent(), s.percentDecimals());
    if (expected == null) {
      return;
    }
    CellRef other = counts.at(whole, o.cell().col()).cell();
    out.add(
        Rule.PERCENT_MISMATCH,
        o.cell(),
        Messages.format(
            "percent-mismatch.beside",
            "where",
            o.period().label(),
            "numerator",
            Shown.count(s.count()),
            "shown",
            Shown.number(s.percent(), Unit.PERCENT),
            "denominator",
            Shown.count(d),
            "other",
            other.a1(),
            "expected",
            expected));
  }

  /** The latest figure of a row with a Denominator is held against that, not against its whole. */
  private static boolean besideItsDenominator(IndicatorRow row, Observation o) {
    var figures = row.figures();
    return row.denominator() != null
        && row.layout().has(Column.DENOMINATOR)
        && !figures.isEmpty()
        && figures.get(figures.size() - 1) == o;
  }
}
