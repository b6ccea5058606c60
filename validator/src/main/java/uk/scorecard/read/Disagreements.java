package uk.scorecard.read;

import java.math.BigDecimal;
import java.util.List;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Quoted;
import uk.scorecard.model.Severity;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.model.Unit;

/**
 * Notes where a filled workbook cell and the rules file say different things about one indicator.
 * The cell wins (the officer's workbook is the record); the warning makes sure someone notices.
 */
final class Disagreements {

  private final String id;
  private final List<Finding> out;

  Disagreements(String id, List<Finding> out) {
    this.id = id;
    this.out = out;
  }

  void polarity(CellRef at, Polarity cell, Polarity rules) {
    if (cell != null && rules != null && cell != rules) {
      add(at, "Polarity", cell.label(), rules.label());
    }
  }

  void target(CellRef at, Target cell, Target rules, Unit unit) {
    if (cell != null && rules != null && !same(cell, rules)) {
      add(at, "Target", shown(cell, unit), shown(rules, unit));
    }
  }

  void tolerance(CellRef at, Tolerance cell, Tolerance rules) {
    if (cell != null && rules != null && !same(cell, rules)) {
      add(at, "Tolerance", shown(cell), shown(rules));
    }
  }

  private void add(CellRef at, String what, String cell, String rules) {
    out.add(
        Finding.at(
            at,
            Severity.WARNING,
            ReadCodes.RULES_FILE_DIFFERS,
            what
                + " of "
                + Quoted.cap(id)
                + " is "
                + cell
                + " in the workbook but "
                + rules
                + " in the rules file; the workbook's "
                + cell
                + " is used"));
  }

  private static String shown(Target t, Unit unit) {
    String pct = unit == Unit.PERCENT ? "%" : "";
    if (t instanceof Target.Band b) {
      return plain(b.low()) + pct + " to " + plain(b.high()) + pct;
    }
    return plain(((Target.Point) t).value()) + pct;
  }

  private static String shown(Tolerance t) {
    if (t instanceof Tolerance.Relative r) {
      return plain(r.percent()) + "% of the target";
    }
    if (t instanceof Tolerance.Points p) {
      return plain(p.points()) + "pp";
    }
    return plain(((Tolerance.Units) t).units());
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  static boolean same(Target a, Target b) {
    if (a instanceof Target.Point p && b instanceof Target.Point q) {
      return p.value().compareTo(q.value()) == 0;
    }
    if (a instanceof Target.Band p && b instanceof Target.Band q) {
      return p.low().compareTo(q.low()) == 0 && p.high().compareTo(q.high()) == 0;
    }
    return false;
  }

  static boolean same(Tolerance a, Tolerance b) {
    if (a.getClass() != b.getClass()) {
      return false;
    }
    return a.allowance(BigDecimal.ONE).compareTo(b.allowance(BigDecimal.ONE)) == 0;
  }
}
