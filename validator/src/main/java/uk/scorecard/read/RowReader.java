package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.model.Unit;
import uk.scorecard.rules.Rules;

/** Reads one indicator row of a table; a filled workbook cell wins over the rules file. */
final class RowReader {

  private static final BigDecimal ONE = BigDecimal.ONE;

  private final Grid grid;
  private final Layout layout;
  private final Rules rules;

  RowReader(Grid grid, Layout layout, Rules rules) {
    this.grid = grid;
    this.layout = layout;
    this.rules = rules;
  }

  IndicatorRow read(int row) {
    String id = text(row, Column.ID);
    String title = text(row, Column.TITLE);
    Rules.IndicatorRule rule = rules.forIndicator(id);
    List<Observation> obs = new ArrayList<>();
    for (PeriodColumn pc : layout.periods()) {
      CellRef at = new CellRef(layout.sheet(), row, pc.col());
      obs.add(new Observation(pc.period(), at, ValueReader.read(grid.get(row, pc.col()))));
    }
    Unit unit = Units.of(Unit.parse(text(row, Column.UNIT)), title, obs);
    if (unit == Unit.PERCENT) {
      obs = Scale.toPercent(obs);
    }
    String tolText = text(row, Column.TOLERANCE);
    if (tolText == null && rule != null) {
      tolText = rule.tolerance();
    }
    if (tolText == null) {
      tolText = rules.defaultTolerance();
    }
    return new IndicatorRow(layout, row, id, title, polarity(row, rule), unit, obs,
        target(row, unit, rule), tolerance(row, tolText), tolText,
        level(row, Column.LOWER_TOLERANCE, unit), level(row, Column.UPPER_TOLERANCE, unit),
        figure(row, Column.NUMERATOR), figure(row, Column.DENOMINATOR),
        text(row, Column.CHANGE), text(row, Column.RAG), text(row, Column.CAVEAT));
  }

  private Polarity polarity(int row, Rules.IndicatorRule rule) {
    Polarity p = Polarity.parse(text(row, Column.POLARITY));
    return p == null && rule != null ? rule.polarity() : p;
  }

  private Target target(int row, Unit unit, Rules.IndicatorRule rule) {
    RawCell c = cell(row, Column.TARGET);
    if (c != null && c.kind() == RawCell.Kind.NUMBER) {
      return new Target.Point(onScale(c, unit));
    }
    String t = c != null ? c.display() : rule != null ? rule.target() : null;
    Target parsed = t == null ? null : RuleText.target(t);
    if (parsed instanceof Target.Point p && unit == Unit.PERCENT && !RuleText.writtenAsPercent(t)
        && p.value().abs().compareTo(ONE) <= 0 && p.value().scale() > 0) {
      return new Target.Point(p.value().movePointRight(2));
    }
    return parsed;
  }

  private Tolerance tolerance(int row, String tolText) {
    RawCell c = cell(row, Column.TOLERANCE);
    if (c != null && c.kind() == RawCell.Kind.NUMBER) {
      return Numbers.isPercentFormat(c.format())
          ? new Tolerance.Relative(c.number().movePointRight(2).abs())
          : new Tolerance.Units(c.number().abs());
    }
    return tolText == null ? null : RuleText.tolerance(tolText);
  }

  private BigDecimal level(int row, Column col, Unit unit) {
    RawCell c = cell(row, col);
    if (c == null) {
      return null;
    }
    if (c.kind() == RawCell.Kind.NUMBER) {
      return onScale(c, unit);
    }
    Target t = RuleText.target(c.display());
    return t instanceof Target.Point p ? p.value() : null;
  }

  /** A number on the indicator's scale: percent-formatted or fractional percentages become 0-100. */
  private static BigDecimal onScale(RawCell c, Unit unit) {
    if (Numbers.isPercentFormat(c.format())) {
      return c.number().movePointRight(2);
    }
    boolean fraction = unit == Unit.PERCENT && c.number().abs().compareTo(ONE) <= 0
        && c.number().stripTrailingZeros().scale() > 0;
    return fraction ? c.number().movePointRight(2) : c.number();
  }

  private Figure figure(int row, Column col) {
    RawCell c = cell(row, col);
    return c == null ? null : ValueReader.read(c).figure();
  }

  private RawCell cell(int row, Column col) {
    var c = layout.col(col);
    return c.isPresent() ? grid.get(row, c.getAsInt()) : null;
  }

  private String text(int row, Column col) {
    RawCell c = cell(row, col);
    if (c == null || c.isEmpty()) {
      return null;
    }
    return c.display();
  }

  /** Observations with a reading replaced; used by the scale rules. */
  static Observation with(Observation o, Reading r) {
    return new Observation(o.period(), o.cell(), r);
  }
}
