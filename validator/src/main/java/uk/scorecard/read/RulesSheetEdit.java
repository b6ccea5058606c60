package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.RuleText;
import uk.scorecard.model.RulesSheetWords;
import uk.scorecard.model.Severity;
import uk.scorecard.model.Target;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.rules.Rules;

/**
 * Takes an officer's edits on our Rules sheet as an indicator's rule, between the row's own cells
 * (which still win) and the rules file, and says so in a finding per edited value. An edit that
 * cannot be read is a finding and is not taken: the row is rated as without it.
 */
final class RulesSheetEdit {

  /** Which parts of the rule the row's own cells set: an edit of those is not used. */
  record RowSets(
      boolean polarity, boolean target, boolean tolerance, boolean lower, boolean upper) {}

  /**
   * The rule with the edits taken, and the lower and upper levels typed (as rule text, such as
   * {@code 80%}), or null where none was taken.
   */
  record Edited(
      Rules.@Nullable IndicatorRule rule, @Nullable String lower, @Nullable String upper) {}

  private final SheetRules sheet;
  private final SheetRules.Line line;
  private final String id;
  private final String from;
  private final List<Finding> out;

  /** {@code from} names the rules file ("rules.yaml"); findings go to {@code out}. */
  RulesSheetEdit(
      SheetRules sheet, SheetRules.Line line, @Nullable String id, String from, List<Finding> out) {
    this.sheet = sheet;
    this.line = line;
    this.id = id == null || id.isBlank() ? "Row " + (line.row() + 1) : id;
    this.from = from;
    this.out = out;
  }

  /** The rule with the edits taken over {@code file} (the rules file's, may be null). */
  Edited over(Rules.IndicatorRule file, RowSets row) {
    Polarity polarity = file == null ? null : file.polarity();
    String target = file == null ? null : file.target();
    String tolerance = file == null ? null : file.tolerance();
    SheetRules.Cell p = line.cells().get(RulesSheetWords.POLARITY);
    if (p != null && p.edited() && usable(p, row.polarity(), "polarity")) {
      Polarity typed = Polarity.parse(p.shown().display());
      if (typed == null) {
        unreadable(
            p,
            "polarity",
            "is not one of Higher is better, Lower is better, Within range, Not rated");
      } else {
        used(p, "polarity", typed.label(), polarity == null ? null : polarity.label());
        polarity = typed;
      }
    }
    String typedTarget = typedNumber(RulesSheetWords.TARGET, row.target(), "target", target);
    target = typedTarget != null ? typedTarget : target;
    SheetRules.Cell type = line.cells().get(RulesSheetWords.TYPE);
    SheetRules.Cell amount = line.cells().get(RulesSheetWords.AMOUNT);
    boolean typeEdited = type != null && type.edited();
    if (amount != null && (typeEdited || amount.edited())) {
      SheetRules.Cell at = amount.edited() ? amount : type;
      if (usable(at, row.tolerance(), "tolerance")) {
        String typed = tolerance(type, amount);
        if (typed == null) {
          unreadable(
              at, "tolerance", "is not a tolerance type (% of target, pp, units) and number");
        } else {
          used(at, "tolerance", typed, tolerance);
          tolerance = typed;
        }
      }
    }
    for (var e : line.cells().entrySet()) {
      if (e.getValue().edited() && !RulesSheetWords.RULES.contains(e.getKey())) {
        unreadable(e.getValue(), e.getKey().toLowerCase(Locale.ROOT), "is not read back yet");
      }
    }
    return new Edited(
        new Rules.IndicatorRule(polarity, target, tolerance, file == null ? null : file.blue()),
        typedNumber(RulesSheetWords.LOWER, row.lower(), "lower level", null),
        typedNumber(RulesSheetWords.UPPER, row.upper(), "upper level", null));
  }

  /**
   * A number typed in a rule cell (a target or a level), as rule text, said in a finding over
   * {@code before}; null when not edited, when the row sets it, or when not a number (said too).
   */
  private @Nullable String typedNumber(
      String header, boolean rowSets, String what, @Nullable String before) {
    SheetRules.Cell c = line.cells().get(header);
    if (c == null || !c.edited() || !usable(c, rowSets, what)) {
      return null;
    }
    String typed = number(c.shown());
    if (typed == null || !(RuleText.target(typed) instanceof Target.Point)) {
      unreadable(c, what, "is not a number");
      return null;
    }
    used(c, what, typed, before);
    return typed;
  }

  /** False, with a finding, when the row's own cell sets this part: the row wins. */
  private boolean usable(SheetRules.Cell c, boolean rowSets, String what) {
    if (rowSets) {
      finding(
          c,
          Severity.INFO,
          what
              + " "
              + shown(c.shown())
              + " typed on the Rules sheet is not used: the indicator's row sets its own");
    }
    return !rowSets;
  }

  private void used(SheetRules.Cell c, String what, String typed, @Nullable String before) {
    finding(
        c,
        Severity.INFO,
        what
            + " "
            + typed
            + " typed on the Rules sheet is used"
            + (before == null ? "" : " (" + from + " says " + before + ")")
            + "; clear the cell to go back to the rule it had");
  }

  private void unreadable(SheetRules.Cell c, String what, String why) {
    finding(
        c,
        Severity.WARNING,
        what
            + " \""
            + shown(c.shown())
            + "\" typed on the Rules sheet "
            + why
            + ": the indicator is rated without it");
  }

  private void finding(SheetRules.Cell c, Severity s, String text) {
    String code = s == Severity.INFO ? ReadCodes.RULES_SHEET_EDIT : ReadCodes.RULES_SHEET_NOT_READ;
    out.add(Finding.at(new CellRef(sheet.name(), line.at(), c.col()), s, code, id + ": " + text));
  }

  /** A number as a rule's text: 90% for a percentage cell holding 0.9; null for no number. */
  private static @Nullable String number(RawCell c) {
    if (c.kind() == RawCell.Kind.NUMBER) {
      return Numbers.isPercentFormat(c.format())
          ? plain(c.number().movePointRight(2)) + "%"
          : plain(c.number());
    }
    return c.kind() == RawCell.Kind.TEXT ? c.display() : null;
  }

  /** The tolerance the type and amount cells give, as rules text, or null when they give none. */
  private static @Nullable String tolerance(
      SheetRules.@Nullable Cell type, SheetRules.Cell amount) {
    String n = number(amount.shown());
    // 10% typed in the amount of a "% of target" tolerance is the amount 10.
    n = n != null && n.endsWith("%") ? n.substring(0, n.length() - 1) : n;
    if (n == null || RuleText.target(n) == null) {
      return null;
    }
    String t = type == null ? "" : type.shown().display().toLowerCase(Locale.ROOT);
    return switch (t) {
      case RulesSheetWords.RELATIVE -> n + "% of target";
      case RulesSheetWords.POINTS -> n + "pp";
      case RulesSheetWords.UNITS -> n;
      default -> null;
    };
  }

  private static String shown(RawCell c) {
    String n = c.kind() == RawCell.Kind.NUMBER ? number(c) : null;
    return n == null ? c.display() : n;
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
