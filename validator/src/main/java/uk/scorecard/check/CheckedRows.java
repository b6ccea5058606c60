package uk.scorecard.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.scorecard.check.CheckedLimit.Kind;
import uk.scorecard.check.CheckedValue.Role;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.rules.Rules;

/** Builds the row the checks see from an indicator row as read. */
final class CheckedRows {

  private CheckedRows() {}

  /** The checked form of one indicator row. */
  static CheckedRow of(IndicatorRow row, Rules rules) {
    return new CheckedRow(row, toleranceWritten(row, rules), values(row), limits(row));
  }

  private static List<CheckedValue> values(IndicatorRow row) {
    List<CheckedValue> out = new ArrayList<>();
    for (Observation o : row.observations()) {
      out.add(new CheckedValue(o.cell(), o.period().label(), row.unit(), o.reading(), Role.PERIOD));
    }
    add(out, row, Column.NUMERATOR, row.numerator(), Role.NUMERATOR);
    add(out, row, Column.DENOMINATOR, row.denominator(), Role.DENOMINATOR);
    return out;
  }

  private static void add(List<CheckedValue> out, IndicatorRow row, Column c, Figure f, Role role) {
    if (f != null && row.layout().has(c)) {
      out.add(new CheckedValue(row.cell(c), c.header(), row.unit(), f, role));
    }
  }

  private static List<CheckedLimit> limits(IndicatorRow row) {
    List<CheckedLimit> out = new ArrayList<>();
    if (row.target() instanceof Target.Point p) {
      add(out, row, Column.TARGET, "Target", p.value(), Kind.LEVEL);
    } else if (row.target() instanceof Target.Band b) {
      add(out, row, Column.TARGET, "Target (low end)", b.low(), Kind.LEVEL);
      add(out, row, Column.TARGET, "Target (high end)", b.high(), Kind.LEVEL);
    }
    add(out, row, Column.LOWER_TOLERANCE, "Lower tolerance", row.lowerTolerance(), Kind.LEVEL);
    add(out, row, Column.UPPER_TOLERANCE, "Upper tolerance", row.upperTolerance(), Kind.LEVEL);
    if (row.tolerance() instanceof Tolerance.Points p) {
      add(out, row, Column.TOLERANCE, "Tolerance", p.points(), Kind.POINTS);
    }
    return out;
  }

  private static void add(
      List<CheckedLimit> out, IndicatorRow row, Column c, String label, BigDecimal v, Kind kind) {
    if (v != null) {
      out.add(new CheckedLimit(CheckedRow.cellOf(row, c), label, row.unit(), v, kind));
    }
  }

  /** True when the tolerance text came from the row's own cell, not the rules file. */
  private static boolean toleranceWritten(IndicatorRow row, Rules rules) {
    if (row.toleranceText() == null || !row.layout().has(Column.TOLERANCE)) {
      return false;
    }
    Rules.IndicatorRule rule = rules.forIndicator(row.id());
    String fromRules =
        rule != null && rule.tolerance() != null ? rule.tolerance() : rules.defaultTolerance();
    return !Objects.equals(row.toleranceText(), fromRules);
  }
}
