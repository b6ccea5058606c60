package uk.scorecard.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.check.Parts.Cue;
import uk.scorecard.check.Parts.Part;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Period;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Shown;

/**
 * For publication: a suppressed value that the cells around it give away. One suppressed slice of a
 * breakdown whose whole and other slices are shown (60 - 30 - 22 - 5 = 3), or one suppressed period
 * of a row of counts whose other periods and total are shown. Secondary suppression is the
 * statistician's duty; a value that cannot be worked out (two cells suppressed, or a breakdown that
 * leaves far more than a small number unaccounted for) is not flagged.
 */
final class Suppression {

  /** The most a breakdown may leave unaccounted for and still be taken as complete. */
  private static final int SMALL = 10;

  private static final Pattern LESS_THAN = Pattern.compile("[<≤]\\s*(\\d{1,4})");

  private Suppression() {}

  /** Adds the findings of one table's suppressed values, when publication checks are on. */
  static void check(
      IndicatorTable table, Parts parts, Counts counts, boolean publish, Findings out) {
    if (!out.publishing(Rule.RECOVERABLE_SUPPRESSION, publish)) {
      return;
    }
    for (IndicatorRow whole : parts.wholes()) {
      List<IndicatorRow> slices =
          parts.partsOf(whole).stream()
              .filter(p -> p.cue() == Cue.BREAKDOWN)
              .map(Part::row)
              .toList();
      for (PeriodColumn pc : table.layout().periods()) {
        Observation total = counts.at(whole, pc.col());
        List<Observation> cells = new ArrayList<>();
        slices.forEach(s -> cells.add(counts.at(s, pc.col())));
        if (slices.size() >= 2 && total != null) {
          recoverable(total, counts.count(whole, total), cells, slices, counts, out, false);
        }
      }
    }
    List<PeriodColumn> periods = table.layout().periods();
    Map<Period.Kind, List<PeriodColumn>> byKind = PeriodTotals.byKind(periods);
    for (PeriodColumn total : byKind.size() < 2 ? List.<PeriodColumn>of() : periods) {
      List<PeriodColumn> tiles = tiles(total, byKind);
      if (tiles.isEmpty()) {
        continue;
      }
      for (IndicatorRow row : table.rows()) {
        if (counts.events(row)) {
          List<Observation> cells = tiles.stream().map(t -> counts.at(row, t.col())).toList();
          List<IndicatorRow> rows = tiles.stream().map(t -> row).toList();
          Observation t = counts.at(row, total.col());
          recoverable(t, counts.count(row, t), cells, rows, counts, out, true);
        }
      }
    }
  }

  /**
   * One suppressed cell among the parts of a shown total, the others shown: what it must be. With
   * {@code complete} (periods that make up their total) a suppressed total is given away too.
   */
  private static void recoverable(
      Observation total,
      BigDecimal whole,
      List<Observation> cells,
      List<IndicatorRow> rows,
      Counts counts,
      Findings out,
      boolean complete) {
    List<Integer> hidden = new ArrayList<>();
    BigDecimal known = BigDecimal.ZERO;
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      Observation o = cells.get(i);
      BigDecimal v = o == null ? null : counts.count(rows.get(i), o);
      if (o != null && suppressed(o.reading()) != null) {
        hidden.add(i);
      } else if (v == null) {
        return;
      } else {
        known = known.add(v);
        shown.add(Shown.count(v) + " in " + o.cell().a1());
      }
    }
    if (hidden.size() == 1 && whole != null) {
      Observation o = cells.get(hidden.get(0));
      BigDecimal value = whole.subtract(known);
      int most = complete ? Integer.MAX_VALUE : limit(suppressed(o.reading()));
      if (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(most)) <= 0) {
        String sum =
            Shown.count(whole) + " in " + total.cell().a1() + " - " + String.join(" - ", shown);
        add(o, sum, value, out);
      }
    } else if (hidden.isEmpty() && complete && suppressed(total.reading()) != null) {
      add(total, String.join(" + ", shown), known, out);
    }
  }

  private static void add(Observation o, String sum, BigDecimal value, Findings out) {
    CellRef at = o.cell();
    out.add(
        Rule.RECOVERABLE_SUPPRESSION,
        at,
        Messages.format(
            "recoverable-suppression",
            "where",
            o.period().label(),
            "marker",
            suppressed(o.reading()),
            "sum",
            sum,
            "value",
            Shown.count(value)));
  }

  /** The marker of a suppressed value (c, [c], &lt;5), or null when the reading is not one. */
  static @Nullable String suppressed(Reading r) {
    if (!(r instanceof Reading.Marker m)) {
      return null;
    }
    String t = m.text().strip().toLowerCase(Locale.ROOT);
    boolean is =
        t.equals("c")
            || t.equals("[c]")
            || t.equals("suppressed")
            || LESS_THAN.matcher(t).matches();
    return is ? m.text().strip() : null;
  }

  /** The largest value a marker can hide: 4 for "&lt;5", 5 for "≤5", a small number for "c". */
  private static int limit(String marker) {
    Matcher m = LESS_THAN.matcher(marker.strip());
    if (!m.matches()) {
      return SMALL;
    }
    int bound = Integer.parseInt(m.group(1));
    return marker.strip().startsWith("<") ? bound - 1 : bound;
  }

  /** The columns of one kind that make up a period exactly, one after another; else none. */
  private static List<PeriodColumn> tiles(
      PeriodColumn total, Map<Period.Kind, List<PeriodColumn>> byKind) {
    for (Map.Entry<Period.Kind, List<PeriodColumn>> e : byKind.entrySet()) {
      if (e.getKey() == total.period().kind()) {
        continue;
      }
      List<PeriodColumn> in =
          e.getValue().stream()
              .filter(p -> !p.period().start().isBefore(total.period().start()))
              .filter(p -> !p.period().end().isAfter(total.period().end()))
              .sorted(Comparator.comparing(PeriodColumn::period))
              .toList();
      if (in.size() >= 2
          && in.get(0).period().start().equals(total.period().start())
          && in.get(in.size() - 1).period().end().equals(total.period().end())
          && followOn(in)) {
        return in;
      }
    }
    return List.of();
  }

  private static boolean followOn(List<PeriodColumn> in) {
    for (int i = 1; i < in.size(); i++) {
      if (!in.get(i).period().start().equals(in.get(i - 1).period().end().plusDays(1))) {
        return false;
      }
    }
    return true;
  }
}
