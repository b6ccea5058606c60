package uk.scorecard.check;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout.PeriodColumn;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;

/**
 * A count of children above the cohort it is drawn from: the row whose title this row's title
 * narrows ("Children in care" and "Children in care who went missing"), the row's Denominator, or
 * the "out of 91" written in the cell itself.
 */
final class Cohorts {

  /** Words that start a qualifier narrowing a cohort: "children in care who...". */
  private static final Set<String> NARROWING =
      Set.of(
          "who",
          "whom",
          "whose",
          "with",
          "without",
          "that",
          "which",
          "where",
          "placed",
          "aged",
          "living",
          "in",
          "on",
          "at",
          "from",
          "under",
          "over",
          "for",
          "not",
          "subject",
          "receiving",
          "having",
          "eligible",
          "becoming",
          "starting",
          "leaving",
          "returning",
          "missing",
          "excluded",
          "known",
          "previously");

  /** Words in a qualifier that change what is counted rather than narrow it: another period. */
  private static final Set<String> OTHER_BASIS =
      Set.of(
          "last",
          "past",
          "previous",
          "rolling",
          "ytd",
          "cumulative",
          "since",
          "ever",
          "per",
          "rate",
          "average",
          "total",
          "month",
          "quarter",
          "year",
          "week",
          "period",
          "date");

  private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern COUNT_WORDS =
      Pattern.compile("^(the )?(total )?(number|no|count) (of )?");

  private Cohorts() {}

  /**
   * Each count row of a table whose title narrows another count row's ("Children in care" and
   * "Children in care who went missing"), with that row: its cohort.
   */
  static Map<IndicatorRow, IndicatorRow> of(IndicatorTable table, Parts parts, Counts counts) {
    Map<String, IndicatorRow> byTitle = new HashMap<>();
    for (IndicatorRow row : table.rows()) {
      if (row.title() != null && counts.countLike(row)) {
        byTitle.putIfAbsent(String.join(" ", words(row.title())), row);
      }
    }
    Map<IndicatorRow, IndicatorRow> out = new IdentityHashMap<>();
    for (IndicatorRow row : table.rows()) {
      IndicatorRow cohort = cohort(row, byTitle, parts, counts);
      if (cohort != null) {
        out.put(row, cohort);
      }
    }
    return out;
  }

  /** Adds the findings of one table's counts against their cohorts. */
  static void check(
      IndicatorTable table, Map<IndicatorRow, IndicatorRow> cohorts, Counts counts, Findings out) {
    if (!out.on(Rule.COUNT_ABOVE_COHORT)) {
      return;
    }
    for (IndicatorRow row : table.rows()) {
      IndicatorRow cohort = cohorts.get(row);
      if (cohort != null) {
        againstRow(table, row, cohort, counts, out);
      }
      againstDenominator(row, counts, out);
      for (Observation o : row.observations()) {
        ownDenominator(o, out);
      }
    }
  }

  /** The row whose title this row's title narrows, longest first, or null. */
  private static @Nullable IndicatorRow cohort(
      IndicatorRow row, Map<String, IndicatorRow> byTitle, Parts parts, Counts counts) {
    if (row.title() == null || !counts.countLike(row)) {
      return null;
    }
    List<String> w = words(row.title());
    for (int k = w.size() - 1; k >= 1; k--) {
      if (!NARROWING.contains(w.get(k))) {
        continue;
      }
      IndicatorRow c = byTitle.get(String.join(" ", w.subList(0, k)));
      boolean sameBasis = w.subList(k, w.size()).stream().noneMatch(OTHER_BASIS::contains);
      if (c != null && c != row && sameBasis && !parts.related(row, c)) {
        return c;
      }
    }
    return null;
  }

  private static void againstRow(
      IndicatorTable table, IndicatorRow row, IndicatorRow cohort, Counts counts, Findings out) {
    for (PeriodColumn pc : table.layout().periods()) {
      BigDecimal v = counts.count(row, pc.col());
      BigDecimal c = counts.count(cohort, pc.col());
      if (v != null && c != null && v.compareTo(c) > 0) {
        CellRef other = counts.at(cohort, pc.col()).cell();
        out.add(
            Rule.COUNT_ABOVE_COHORT,
            counts.at(row, pc.col()).cell(),
            Messages.format(
                "count-above-cohort",
                "where",
                pc.period().label(),
                "count",
                Shown.count(v),
                "cohort",
                Shown.count(c),
                "other",
                other.a1(),
                "title",
                Shown.clip(PartChecks.label(cohort))),
            other);
      }
    }
  }

  /** A count row's latest count above the Denominator beside it. */
  private static void againstDenominator(IndicatorRow row, Counts counts, Findings out) {
    Figure d = row.denominator();
    List<Observation> figures = row.figures();
    if (d == null || figures.isEmpty() || !row.layout().has(Column.DENOMINATOR)) {
      return;
    }
    Observation latest = figures.get(figures.size() - 1);
    BigDecimal v = counts.count(row, latest);
    boolean ownCount = latest.reading().figure().statedCount() != null || counts.countLike(row);
    if (v == null || !ownCount || v.compareTo(d.value()) <= 0) {
      return;
    }
    CellRef other = row.cell(Column.DENOMINATOR);
    out.add(
        Rule.COUNT_ABOVE_COHORT,
        latest.cell(),
        Messages.format(
            "count-above-cohort.denominator",
            "where",
            latest.period().label(),
            "count",
            Shown.count(v),
            "cohort",
            Shown.count(d.value()),
            "other",
            other.a1()),
        other);
  }

  /** "95 out of 91": a cell whose own count is above the denominator it gives. */
  private static void ownDenominator(Observation o, Findings out) {
    Figure f = o.reading().figure();
    if (f == null || f.stated() == null || f.stated().of() == null) {
      return;
    }
    if (f.stated().count().compareTo(f.stated().of()) > 0) {
      out.add(
          Rule.COUNT_ABOVE_COHORT,
          o.cell(),
          Messages.format(
              "count-above-cohort.cell",
              "where",
              o.period().label(),
              "count",
              Shown.count(f.stated().count()),
              "cohort",
              Shown.count(f.stated().of())));
    }
  }

  /** A title's words, lower case, without "number of" and the like in front. */
  static List<String> words(String title) {
    String t =
        NOT_WORDS.matcher(title.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ");
    t = COUNT_WORDS.matcher(t.strip()).replaceFirst("");
    return t.isBlank() ? List.of() : Arrays.asList(t.strip().split(" "));
  }
}
