package uk.scorecard.write.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Blue;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.RulesSheetWords;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.write.plan.RagFormula.Num;

/**
 * The numbers of a live row's rule as formula operands: written in (the engine's own), read from
 * the row's Target cell, or read from the row's line on the Rules sheet where the row has no column
 * of its own for them. A band target shows on the Rules sheet as its lower and upper levels.
 */
final class LiveRule {

  private final LiveRow r;
  private final IndicatorRow row;
  private final int line;
  private final boolean rowTarget;

  /**
   * The rule of {@code r}; {@code line} its line on the Rules sheet or -1; {@code rowTarget} reads
   * the target from the row's own Target cell.
   */
  LiveRule(LiveRow r, int line, boolean rowTarget) {
    this.r = r;
    this.row = r.rated().row();
    this.line = line;
    this.rowTarget = rowTarget;
  }

  /** The polarity's cell on the Rules sheet, or null when the polarity is written in. */
  @Nullable String polarityCell() {
    return onSheet(Column.POLARITY) ? RulesSheet.ref(line, RulesSheet.POLARITY) : null;
  }

  /**
   * The formula for the row's polarity: {@code branch} of the polarity written in, or of the one
   * the Rules sheet's word names (higher, lower, within), else {@code other}.
   */
  String byPolarity(Polarity written, Function<Polarity, String> branch, String other) {
    String cell = polarityCell();
    if (cell == null) {
      return branch.apply(written);
    }
    String out = other;
    for (Polarity p :
        List.of(Polarity.WITHIN_RANGE, Polarity.LOWER_IS_BETTER, Polarity.HIGHER_IS_BETTER)) {
      out = RagFormula.iff(cell + "=\"" + p.label() + "\"", branch.apply(p), out);
    }
    return out;
  }

  /** The target a rating under polarity {@code p} compares with, or null for none. */
  @Nullable Num target(Polarity p) {
    if (rowTarget) {
      return cell(r.at(row.layout().col(Column.TARGET).getAsInt()));
    }
    if (line >= 0) {
      return cell(RulesSheet.ref(line, RulesSheet.TARGET));
    }
    if (row.target() instanceof Target.Point t) {
      return Num.of(t.value());
    }
    if (row.target() instanceof Target.Band b && p != Polarity.WITHIN_RANGE) {
      return Num.of(p == Polarity.LOWER_IS_BETTER ? b.high() : b.low());
    }
    return null;
  }

  /** The lower level: a floor for higher is better, the band's foot for a range. */
  @Nullable Num lower(Polarity p) {
    return level(p, Column.LOWER_TOLERANCE, RulesSheet.LOWER, true);
  }

  /** The upper level: a ceiling for lower is better, the band's top for a range. */
  @Nullable Num upper(Polarity p) {
    return level(p, Column.UPPER_TOLERANCE, RulesSheet.UPPER, false);
  }

  private @Nullable Num level(Polarity p, Column c, int col, boolean low) {
    boolean band = row.target() instanceof Target.Band;
    // A band target is the levels on the Rules sheet, whatever the row's own level columns hold.
    if (line >= 0 && (band || !LiveRating.owns(r, c))) {
      return cell(RulesSheet.ref(line, col));
    }
    if (band && p == Polarity.WITHIN_RANGE) {
      Target.Band b = (Target.Band) row.target();
      return Num.of(low ? b.low() : b.high());
    }
    BigDecimal v = low ? row.lowerTolerance() : row.upperTolerance();
    return v == null ? null : Num.of(v);
  }

  /** The band of a range: each level, or the target where the level is absent. */
  @Nullable Num low() {
    return Num.or(lower(Polarity.WITHIN_RANGE), target(Polarity.WITHIN_RANGE));
  }

  @Nullable Num high() {
    return Num.or(upper(Polarity.WITHIN_RANGE), target(Polarity.WITHIN_RANGE));
  }

  /**
   * The Amber allowance: the engine's tolerance written in, or the Rules sheet's type and amount
   * (the 5% default when the amount is not a number, as the engine's default).
   */
  RagFormula.Allowance tolerance() {
    if (!onSheet(Column.TOLERANCE)) {
      return written(LiveRating.tolerance(row));
    }
    String type = RulesSheet.ref(line, RulesSheet.TYPE);
    String amount = RulesSheet.ref(line, RulesSheet.AMOUNT);
    RagFormula.Allowance dflt = written(Tolerance.DEFAULT);
    return t ->
        "IF(ISNUMBER("
            + amount
            + "),IF("
            + type
            + "=\""
            + RulesSheetWords.RELATIVE
            + "\",ABS("
            + t
            + ")*"
            + amount
            + "/100,"
            + amount
            + "),"
            + dflt.at(t)
            + ")";
  }

  /** The Blue margin beyond the target, or null (no Blue, or a level of its own). */
  RagFormula.@Nullable Allowance blueMargin() {
    Blue b = row.blue();
    return b == null || b.level() != null ? null : written(b.margin());
  }

  /** The Blue level, or null. */
  @Nullable Num blueLevel() {
    Blue b = row.blue();
    return b == null || b.level() == null ? null : Num.of(b.level());
  }

  private static RagFormula.Allowance written(Tolerance tol) {
    if (tol instanceof Tolerance.Relative rel) {
      String p = rel.percent().toPlainString();
      return t -> "ABS(" + t + ")*" + p + "/100";
    }
    String amount = RulesSheet.amount(tol).toPlainString();
    return t -> amount;
  }

  private boolean onSheet(Column c) {
    return line >= 0 && !LiveRating.owns(r, c);
  }

  /** A cell's number on the engine's scale (times 100 for a fraction shown as %). */
  private Num cell(String ref) {
    String text = r.k() == 1 ? ref : RagFormula.round(ref + "*100");
    return new Num(text, "ISNUMBER(" + ref + ")");
  }
}
