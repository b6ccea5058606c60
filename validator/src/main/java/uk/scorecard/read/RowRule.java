package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Blue;
import uk.scorecard.model.Column;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.RuleBefore;
import uk.scorecard.model.RuleText;
import uk.scorecard.model.Severity;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.model.Unit;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.rules.Rules;

/**
 * The rule of one indicator row: its polarity, target, tolerance, levels and Blue. A filled
 * workbook cell wins over the rules file, and a warning says so when the two differ; an officer's
 * edit on our Rules sheet comes between them; a rule cell whose formula has no saved result is
 * reported.
 */
final class RowRule {

  private static final List<Column> RULE_CELLS =
      List.of(
          Column.TARGET,
          Column.TOLERANCE,
          Column.LOWER_TOLERANCE,
          Column.UPPER_TOLERANCE,
          Column.NUMERATOR,
          Column.DENOMINATOR);

  /** A row's rule as read; {@code before} is the rule without Rules sheet edits, when any taken. */
  record Read(
      @Nullable Polarity polarity,
      @Nullable Target target,
      @Nullable Tolerance tolerance,
      @Nullable String toleranceText,
      @Nullable BigDecimal lower,
      @Nullable BigDecimal upper,
      @Nullable Blue blue,
      @Nullable RuleBefore before) {}

  /** What the row's own cells say of its rule: each part null where the row says nothing. */
  private record Own(
      @Nullable Polarity polarity,
      @Nullable Target target,
      @Nullable String tolerance,
      @Nullable BigDecimal lower,
      @Nullable BigDecimal upper) {}

  private final RowCells cells;
  private final Rules rules;
  private final SheetRules sheetRules;

  RowRule(RowCells cells, Rules rules, SheetRules sheetRules) {
    this.cells = cells;
    this.rules = rules;
    this.sheetRules = sheetRules;
  }

  /** The rule of {@code row}, its findings added to {@code findings}. */
  Read of(int row, @Nullable String id, @Nullable String title, Unit unit, List<Finding> findings) {
    Rules.IndicatorRule file = rules.forIndicator(id);
    Polarity cellPolarity = Polarity.parse(cells.text(row, Column.POLARITY));
    Target cellTarget = cellTarget(row, unit);
    String cellTol = cells.text(row, Column.TOLERANCE);
    Own own =
        new Own(
            cellPolarity,
            cellTarget,
            cellTol,
            cells.level(row, Column.LOWER_TOLERANCE, unit),
            cells.level(row, Column.UPPER_TOLERANCE, unit));
    BigDecimal lower = own.lower();
    BigDecimal upper = own.upper();
    if (file != null) {
      Disagreements differ = new Disagreements(id, findings);
      differ.polarity(cells.at(row, Column.POLARITY), cellPolarity, file.polarity());
      differ.target(
          cells.at(row, Column.TARGET), cellTarget, textTarget(file.target(), unit), unit);
      Tolerance fileTol = file.tolerance() == null ? null : RuleText.tolerance(file.tolerance());
      differ.tolerance(cells.at(row, Column.TOLERANCE), tolerance(row, cellTol), fileTol);
    }
    // An officer's edit on our Rules sheet ranks between the row's own cell and the rules file.
    SheetRules.Line line = sheetRules.of(cells.layout().sheet(), row, id);
    boolean band = cellTarget instanceof Target.Band;
    RulesSheetEdit.Edited edited =
        line == null || !line.edited()
            ? new RulesSheetEdit.Edited(file, null, null)
            : new RulesSheetEdit(sheetRules, line, id, rules.named(), findings)
                .over(
                    file,
                    new RulesSheetEdit.RowSets(
                        cellPolarity != null,
                        cellTarget != null,
                        cellTol != null,
                        lower != null || band,
                        upper != null || band));
    Rules.IndicatorRule rule = edited.rule();
    uncalculated(row, findings);
    Polarity polarity = cellPolarity != null ? cellPolarity : rule == null ? null : rule.polarity();
    Target target =
        cellTarget != null ? cellTarget : rule == null ? null : textTarget(rule.target(), unit);
    BigDecimal lo = point(edited.lower(), unit);
    BigDecimal hi = point(edited.upper(), unit);
    if (target instanceof Target.Band b && polarity == Polarity.WITHIN_RANGE) {
      // A range's band shows on the Rules sheet as its two levels: an edit moves that end.
      target = new Target.Band(lo != null ? lo : b.low(), hi != null ? hi : b.high());
    } else {
      lower = lo != null ? lo : lower;
      upper = hi != null ? hi : upper;
    }
    String tolText = tolText(cellTol, rule);
    RuleBefore before = rule == file ? null : before(row, title, unit, own, file);
    return new Read(
        polarity,
        target,
        tolerance(row, tolText),
        tolText,
        lower,
        upper,
        blue(row, rule, unit),
        before);
  }

  /** The rule the row would have without the Rules sheet's edits, as the Rules sheet shows one. */
  private RuleBefore before(int row, String title, Unit unit, Own own, Rules.IndicatorRule file) {
    Polarity p = own.polarity() != null ? own.polarity() : file == null ? null : file.polarity();
    if (p == null) {
      p = PolarityCatalogue.lookup(title).map(PolarityCatalogue.Match::polarity).orElse(null);
    }
    Target t =
        own.target() != null ? own.target() : file == null ? null : textTarget(file.target(), unit);
    return new RuleBefore(
        p, t, tolerance(row, tolText(own.tolerance(), file)), own.lower(), own.upper());
  }

  /** The tolerance's text: the row's cell, else the rule's, else the rules file's default. */
  private @Nullable String tolText(@Nullable String cellTol, Rules.@Nullable IndicatorRule rule) {
    if (cellTol != null) {
      return cellTol;
    }
    return rule != null && rule.tolerance() != null ? rule.tolerance() : rules.defaultTolerance();
  }

  /** The target the row's own cell gives, on the indicator's scale, or null. */
  private @Nullable Target cellTarget(int row, Unit unit) {
    RawCell c = cells.cell(row, Column.TARGET);
    if (c != null && c.kind() == RawCell.Kind.NUMBER) {
      return new Target.Point(RowCells.onScale(c, unit));
    }
    return c == null || c.isEmpty() ? null : textTarget(c.display(), unit);
  }

  /** A target written as text; a fraction such as 0.95 on a percentage indicator means 95%. */
  private static Target textTarget(String t, Unit unit) {
    Target parsed = t == null ? null : RuleText.target(t);
    if (parsed instanceof Target.Point p
        && unit == Unit.PERCENT
        && !RuleText.writtenAsPercent(t)
        && p.value().abs().compareTo(BigDecimal.ONE) <= 0
        && p.value().scale() > 0) {
      return new Target.Point(p.value().movePointRight(2));
    }
    return parsed;
  }

  /** A single number written as text, on the indicator's scale, or null. */
  private static @Nullable BigDecimal point(@Nullable String text, Unit unit) {
    return textTarget(text, unit) instanceof Target.Point p ? p.value() : null;
  }

  private Tolerance tolerance(int row, String tolText) {
    RawCell c = cells.cell(row, Column.TOLERANCE);
    if (c != null && c.kind() == RawCell.Kind.NUMBER) {
      return Numbers.isPercentFormat(c.format())
          ? new Tolerance.Relative(c.number().movePointRight(2).abs())
          : new Tolerance.Units(c.number().abs());
    }
    return tolText == null ? null : RuleText.tolerance(tolText);
  }

  /** When the row is Blue: its Blue column's level, else the rules file's margin, else none. */
  private Blue blue(int row, Rules.IndicatorRule rule, Unit unit) {
    BigDecimal level = cells.level(row, Column.BLUE, unit);
    if (level != null) {
      return new Blue(null, level);
    }
    String text = rule != null && rule.blue() != null ? rule.blue() : rules.defaultBlue();
    Tolerance margin = text == null ? null : RuleText.blueMargin(text);
    return margin == null ? null : new Blue(margin, null);
  }

  /** Rule cells holding a formula Excel never calculated: reported, never guessed. */
  private void uncalculated(int row, List<Finding> out) {
    for (Column col : RULE_CELLS) {
      RawCell c = cells.cell(row, col);
      if (c != null && c.kind() == RawCell.Kind.NO_RESULT) {
        out.add(
            Finding.at(
                cells.at(row, col),
                Severity.WARNING,
                ReadCodes.UNCALCULATED_FORMULA,
                col.header()
                    + " formula ="
                    + clip(c.text())
                    + " has no saved result: open the"
                    + " workbook in Excel, let it calculate and save it; the value is not guessed"));
      }
    }
  }

  private static String clip(String formula) {
    String f = formula == null ? "" : formula.strip();
    return f.length() > 60 ? f.substring(0, 57) + "..." : f;
  }
}
