package uk.scorecard.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * Every indicator of a report for the results page's table, filtered by rating with plain links
 * ({@code ?rating=red}, so the filter works without JavaScript), and every finding named by its
 * indicator as well as its cell ("LAC 15, cell J17").
 */
public final class Listing {
  private Listing() {}

  /** The filter showing every indicator. */
  static final String ALL = "all";

  /** The filter showing Red and Amber indicators (in any shade). */
  static final String EXCEPTIONS = "exceptions";

  /** A filter link: its words, how many indicators it shows, its address, and whether shown. */
  public record Filter(String key, String label, long count, String href, boolean current) {}

  /** A finding and where it is in words, naming its indicator when it is on one's row. */
  public record Found(String where, Finding finding) {}

  /** The filter asked for when the report has it, else {@link #ALL}. */
  static String key(Report r, @Nullable String asked) {
    if (asked == null) {
      return ALL;
    }
    String k = asked.toLowerCase(Locale.ROOT);
    boolean known =
        k.equals(ALL)
            || k.equals(EXCEPTIONS)
            || r.indicators().stream().anyMatch(i -> key(i.rating()).equals(k));
    return known ? k : ALL;
  }

  /** A rating's filter key: {@code red}, {@code amber_red}, {@code grey}. */
  static String key(Rating rating) {
    return rating.name().toLowerCase(Locale.ROOT);
  }

  /** The filter links: all, Red and Amber, then each rating the report has, Red first. */
  static List<Filter> filters(Report r, String path, String current) {
    List<Filter> out = new ArrayList<>();
    out.add(filter(r, path, ALL, "All", current));
    out.add(filter(r, path, EXCEPTIONS, "Red and Amber", current));
    for (Rating rating : Rating.values()) {
      if (r.count(rating) > 0) {
        out.add(filter(r, path, key(rating), rating.word(), current));
      }
    }
    return out;
  }

  private static Filter filter(Report r, String path, String key, String label, String current) {
    long n = r.indicators().stream().filter(test(key)).count();
    String href = key.equals(ALL) ? path + "#indicators" : path + "?rating=" + key + "#indicators";
    return new Filter(key, label, n, href, key.equals(current));
  }

  /** What the table shows, in words: "All 5 indicators", "2 Red and Amber indicators". */
  static String shown(Report r, String key) {
    long n = r.indicators().stream().filter(test(key)).count();
    String many = n == 1 ? "indicator" : "indicators";
    if (key.equals(ALL)) {
      return "All " + n + " " + many + ", Red first.";
    }
    String which =
        key.equals(EXCEPTIONS)
            ? "Red and Amber"
            : Rating.valueOf(key.toUpperCase(Locale.ROOT)).word();
    return n + " " + which + " " + many + " of " + r.indicators().size() + ", Red first.";
  }

  /** The indicators the filter shows, Red first and otherwise in the workbook's order. */
  static List<IndicatorResult> indicators(Report r, String key) {
    return r.indicators().stream()
        .filter(test(key))
        .sorted(Comparator.comparing(IndicatorResult::rating))
        .toList();
  }

  private static Predicate<IndicatorResult> test(String key) {
    if (key.equals(ALL)) {
      return i -> true;
    }
    if (key.equals(EXCEPTIONS)) {
      return i -> i.rating().exception();
    }
    return i -> key(i.rating()).equals(key);
  }

  /** Every finding, errors first, each named by its indicator when on an indicator's row. */
  static List<Found> findings(Report r) {
    Map<String, IndicatorResult> byRow = new HashMap<>();
    r.indicators().forEach(i -> byRow.putIfAbsent(i.sheet() + "\u0000" + i.row(), i));
    return r.findings().stream()
        .sorted(Comparator.comparing(Finding::severity))
        .map(f -> new Found(where(f, indicator(f, byRow)), f))
        .toList();
  }

  /** The indicator on the finding's row, if any. */
  static @Nullable IndicatorResult indicator(Finding f, Map<String, IndicatorResult> byRow) {
    if (f.cell().isEmpty()) {
      return null;
    }
    int row = CellRef.rowOf(f.cell());
    return row < 0 ? null : byRow.get(f.sheet() + "\u0000" + (row + 1));
  }

  /** The indicator on each finding's row (or null), in the report's order of findings. */
  static List<@Nullable IndicatorResult> indicators(Report r) {
    Map<String, IndicatorResult> byRow = new HashMap<>();
    r.indicators().forEach(i -> byRow.putIfAbsent(i.sheet() + "\u0000" + i.row(), i));
    List<@Nullable IndicatorResult> out = new ArrayList<>();
    r.findings().forEach(f -> out.add(indicator(f, byRow)));
    return out;
  }

  /** "LAC 15, cell J17 (‘Scorecard’ sheet)", or the sheet and cell when on no indicator's row. */
  static String where(Finding f, @Nullable IndicatorResult i) {
    String name = i == null ? "" : i.id().isBlank() ? i.title().strip() : i.id().strip();
    if (name.isEmpty()) {
      return ResultsPage.where(f.sheet(), f.cell());
    }
    return name + ", cell " + f.cell() + " (‘" + f.sheet() + "’ sheet)";
  }
}
