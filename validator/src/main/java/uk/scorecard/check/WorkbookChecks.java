package uk.scorecard.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Target;

/**
 * Rules across the tables of a workbook: one indicator id given a different target, polarity or
 * title in another table (Croydon's pathway-plan target: 95% on the overview, 80% on the detail).
 */
final class WorkbookChecks {

  private WorkbookChecks() {}

  /** Adds a finding for each table that describes an indicator differently from its first table. */
  static void check(List<IndicatorTable> tables, Findings out) {
    Map<String, List<IndicatorRow>> byId = new LinkedHashMap<>();
    for (IndicatorTable t : tables) {
      for (IndicatorRow row : t.rows()) {
        String key = TableChecks.key(row.id());
        List<IndicatorRow> seen = byId.computeIfAbsent(key, k -> new ArrayList<>());
        if (!key.isEmpty() && seen.stream().noneMatch(r -> r.layout() == row.layout())) {
          seen.add(row);
        }
      }
    }
    for (List<IndicatorRow> rows : byId.values()) {
      for (IndicatorRow later : rows.subList(Math.min(1, rows.size()), rows.size())) {
        compare(rows.get(0), later, out);
      }
    }
  }

  private static void compare(IndicatorRow first, IndicatorRow later, Findings out) {
    if (first.target() != null
        && later.target() != null
        && !sameTarget(first.target(), later.target())) {
      add(
          out,
          Rule.TARGET_DIFFERS,
          later,
          Column.TARGET,
          first,
          Shown.target(later.target(), later.unit()),
          Shown.target(first.target(), first.unit()));
    }
    Polarity p = first.polarity();
    if (p != null && later.polarity() != null && p != later.polarity()) {
      add(
          out,
          Rule.POLARITY_DIFFERS,
          later,
          Column.POLARITY,
          first,
          later.polarity().label(),
          p.label());
    }
    if (first.title() != null
        && later.title() != null
        && !words(first.title()).equals(words(later.title()))) {
      add(
          out,
          Rule.TITLE_DIFFERS,
          later,
          Column.TITLE,
          first,
          later.title().strip(),
          first.title().strip());
    }
  }

  private static void add(
      Findings out,
      Rule rule,
      IndicatorRow later,
      Column c,
      IndicatorRow first,
      String here,
      String there) {
    CellRef at = CheckedRow.cellOf(later, c);
    CellRef other = CheckedRow.cellOf(first, c);
    out.add(
        rule,
        at,
        Messages.format(
            rule.code(),
            "id",
            later.id().strip(),
            "here",
            Shown.clip(here),
            "there",
            Shown.clip(there),
            "other",
            other.toString()));
  }

  private static boolean sameTarget(Target a, Target b) {
    if (a instanceof Target.Point p && b instanceof Target.Point q) {
      return p.value().compareTo(q.value()) == 0;
    }
    if (a instanceof Target.Band p && b instanceof Target.Band q) {
      return p.low().compareTo(q.low()) == 0 && p.high().compareTo(q.high()) == 0;
    }
    return false;
  }

  /** A title's words, ignoring case, spacing and punctuation. */
  private static String words(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
  }
}
