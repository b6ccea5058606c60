package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Blue;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.RuleBefore;
import uk.scorecard.model.RuleText;
import uk.scorecard.model.Severity;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.model.Unit;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.rules.Rules;

/**
 * Reads one indicator row of a table. A filled workbook cell wins over the rules file, and a
 * warning says so when the two differ; an officer's edit on our Rules sheet comes between them; a
 * rule cell whose formula has no saved result is reported.
 */
final class RowReader {

  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final List<Column> RULE_CELLS =
      List.of(
          Column.TARGET,
          Column.TOLERANCE,
          Column.LOWER_TOLERANCE,
          Column.UPPER_TOLERANCE,
          Column.NUMERATOR,
          Column.DENOMINATOR);

  private final Grid grid;
  private final Layout layout;
  private final Rules rules;
  private final SharedFigures figures;
  private final SheetRules sheetRules;

  RowReader(Grid grid, Layout layout, Rules rules, SharedFigures figures, SheetRules sheetRules) {
    this.grid = grid;
    this.layout = layout;
    this.rules = rules;
    this.figures = figures;
    this.sheetRules = sheetRules;
  }

  ReadRow read(int row) {
    String id = text(row, Column.ID);
    String title = text(row, Column.TITLE);
    Rules.IndicatorRule file = rules.forIndicator(id);
    List<Observation> obs = new ArrayList<>();
    for (PeriodColumn pc : layout.periods()) {
      CellRef at = new CellRef(layout.sheet(), row, pc.col());
      obs.add(
          new Observation(
              pc.period(), at, figures.share(ValueReader.read(grid.get(row, pc.col())))));
    }
    Unit unit = Units.of(Unit.parse(text(row, Column.UNIT)), title, obs);
    obs = Scale.pairs(obs, unit);
    if (unit == Unit.PERCENT) {
      obs = Scale.toPercent(obs, figures);
    }
    List<Finding> findings = new ArrayList<>();
    Disagreements differ = new Disagreements(id, findings);
    Polarity cellPolarity = Polarity.parse(text(row, Column.POLARITY));
    Target cellTarget = cellTarget(row, unit);
    String cellTol = text(row, Column.TOLERANCE);
    if (file != null) {
      differ.polarity(at(row, Column.POLARITY), cellPolarity, file.polarity());
      differ.target(at(row, Column.TARGET), cellTarget, textTarget(file.target(), unit), unit);
      Tolerance fileTol = file.tolerance() == null ? null : RuleText.tolerance(file.tolerance());
      differ.tolerance(at(row, Column.TOLERANCE), tolerance(row, cellTol), fileTol);
    }
    // An officer's edit on our Rules sheet ranks between the row's own cell and the rules file.
    SheetRules.Line line = sheetRules.of(layout.sheet(), row, id);
    Rules.IndicatorRule rule =
        line == null || !line.edited()
            ? file
            : new RulesSheetEdit(sheetRules, line, id, rules.named(), findings)
                .over(file, cellPolarity != null, cellTarget != null, cellTol != null);
    Polarity rulePolarity = rule == null ? null : rule.polarity();
    Target ruleTarget = rule == null ? null : textTarget(rule.target(), unit);
    uncalculated(row, findings);
    String tolText = tolText(cellTol, rule);
    Polarity polarity = cellPolarity != null ? cellPolarity : rulePolarity;
    IndicatorRow read =
        new IndicatorRow(
            layout,
            row,
            id,
            title,
            polarity,
            unit,
            obs,
            cellTarget != null ? cellTarget : ruleTarget,
            tolerance(row, tolText),
            tolText,
            level(row, Column.LOWER_TOLERANCE, unit),
            level(row, Column.UPPER_TOLERANCE, unit),
            numerator(row),
            figure(row, Column.DENOMINATOR),
            text(row, Column.CHANGE),
            text(row, Column.RAG),
            text(row, Column.CAVEAT),
            direction(row),
            formulas(row),
            Frequency.of(text(row, Column.FREQUENCY)),
            blue(row, rule, unit),
            false,
            List.of(),
            indent(row),
            comparators(row, unit),
            rule == file
                ? null
                : before(row, title, unit, cellPolarity, cellTarget, cellTol, file));
    return new ReadRow(read, polarity != null, findings);
  }

  /** The rule the row would have without the Rules sheet's edits, as the Rules sheet shows one. */
  private RuleBefore before(
      int row,
      String title,
      Unit unit,
      Polarity cellPolarity,
      Target cellTarget,
      String cellTol,
      Rules.IndicatorRule file) {
    Polarity p = cellPolarity != null ? cellPolarity : file == null ? null : file.polarity();
    if (p == null) {
      p = PolarityCatalogue.lookup(title).map(PolarityCatalogue.Match::polarity).orElse(null);
    }
    Target t =
        cellTarget != null ? cellTarget : file == null ? null : textTarget(file.target(), unit);
    return new RuleBefore(p, t, tolerance(row, tolText(cellTol, file)));
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
    RawCell c = cell(row, Column.TARGET);
    if (c != null && c.kind() == RawCell.Kind.NUMBER) {
      return new Target.Point(onScale(c, unit));
    }
    return c == null || c.isEmpty() ? null : textTarget(c.display(), unit);
  }

  /** A target written as text; a fraction such as 0.95 on a percentage indicator means 95%. */
  private static Target textTarget(String t, Unit unit) {
    Target parsed = t == null ? null : RuleText.target(t);
    if (parsed instanceof Target.Point p
        && unit == Unit.PERCENT
        && !RuleText.writtenAsPercent(t)
        && p.value().abs().compareTo(ONE) <= 0
        && p.value().scale() > 0) {
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

  /**
   * A number on the indicator's scale: percent-formatted or fractional percentages become 0-100.
   */
  private static BigDecimal onScale(RawCell c, Unit unit) {
    if (Numbers.isPercentFormat(c.format())) {
      return c.number().movePointRight(2);
    }
    boolean fraction =
        unit == Unit.PERCENT
            && c.number().abs().compareTo(ONE) <= 0
            && c.number().stripTrailingZeros().scale() > 0;
    return fraction ? c.number().movePointRight(2) : c.number();
  }

  /** Rule cells holding a formula Excel never calculated: reported, never guessed. */
  private void uncalculated(int row, List<Finding> out) {
    for (Column col : RULE_CELLS) {
      RawCell c = cell(row, col);
      if (c != null && c.kind() == RawCell.Kind.NO_RESULT) {
        out.add(
            Finding.at(
                at(row, col),
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

  /** The numerator: its own column, or the Number beside the latest period's percentage. */
  private Figure numerator(int row) {
    Figure own = figure(row, Column.NUMERATOR);
    if (own != null || layout.periods().isEmpty()) {
      return own;
    }
    int col = layout.periods().get(layout.periods().size() - 1).numeratorCol();
    return col < 0 ? null : ValueReader.read(grid.get(row, col)).figure();
  }

  /** When the row is Blue: its Blue column's level, else the rules file's margin, else none. */
  private Blue blue(int row, Rules.IndicatorRule rule, Unit unit) {
    BigDecimal level = level(row, Column.BLUE, unit);
    if (level != null) {
      return new Blue(null, level);
    }
    String text = rule != null && rule.blue() != null ? rule.blue() : rules.defaultBlue();
    Tolerance margin = text == null ? null : RuleText.blueMargin(text);
    return margin == null ? null : new Blue(margin, null);
  }

  /**
   * How far the row's title (or its id, without a title column) is indented: its style's indent
   * level, else the spaces it starts with when there are two or more. Only compared between rows of
   * one table.
   */
  private int indent(int row) {
    Column c = layout.has(Column.TITLE) ? Column.TITLE : Column.ID;
    if (!layout.has(c)) {
      return 0;
    }
    int col = layout.col(c).getAsInt();
    int level = grid.indentOf(row, col);
    RawCell cell = grid.get(row, col);
    if (level > 0 || cell == null || cell.kind() != RawCell.Kind.TEXT) {
      return level;
    }
    String t = cell.text();
    int n = 0;
    while (n < t.length() && (t.charAt(n) == ' ' || t.charAt(n) == '\u00a0')) {
      n++;
    }
    // One leading space is a slip of the keyboard, not a layout: it makes no part of a row.
    return n >= 2 ? n : 0;
  }

  /** The comparator columns' figures on the row's scale (0.51 on a percentage is 51%). */
  private java.util.Map<Column, BigDecimal> comparators(int row, Unit unit) {
    java.util.Map<Column, BigDecimal> out = new java.util.EnumMap<>(Column.class);
    for (Column c :
        List.of(
            Column.ENGLAND,
            Column.NATIONAL,
            Column.LONDON,
            Column.REGION,
            Column.STAT_NEIGHBOURS)) {
      RawCell cell = cell(row, c);
      if (cell != null && cell.kind() == RawCell.Kind.NUMBER) {
        out.put(c, onScale(cell, unit));
      }
    }
    return out;
  }

  /** The officer's formulas among the cells we write: they are theirs, never overwritten. */
  private java.util.Set<Column> formulas(int row) {
    java.util.Set<Column> out = java.util.EnumSet.noneOf(Column.class);
    // A live table's Change, RAG and Direction formulas are ours (rate --live), refreshed each run.
    List<Column> theirs =
        layout.has(Column.LIVE_LATEST)
            ? List.of(Column.CAVEAT)
            : List.of(Column.CHANGE, Column.RAG, Column.CAVEAT, Column.DIRECTION);
    for (Column c : theirs) {
      RawCell cell = cell(row, c);
      if (cell != null && cell.formula()) {
        out.add(c);
      }
    }
    return out;
  }

  private Figure figure(int row, Column col) {
    RawCell c = cell(row, col);
    return c == null ? null : ValueReader.read(c).figure();
  }

  private CellRef at(int row, Column col) {
    return layout.has(col) ? layout.cell(row, col) : new CellRef(layout.sheet(), row, 0);
  }

  private RawCell cell(int row, Column col) {
    return layout.has(col) ? grid.get(row, layout.col(col).getAsInt()) : null;
  }

  /** The Direction of travel cell's text: "" for a formula showing nothing, null for none. */
  private String direction(int row) {
    RawCell c = cell(row, Column.DIRECTION);
    // A formula showing nothing is still a cell: in a live table, ours waiting for a figure.
    return c != null && c.formula() && c.isEmpty() ? "" : text(row, Column.DIRECTION);
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
