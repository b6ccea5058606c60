package uk.scorecard.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Period;
import uk.scorecard.rate.RatedIndicator;

/**
 * Compares two rated workbooks by their parsed indicators, not their cells: rows are matched by
 * sheet and id, then by id alone (a renamed sheet), then by title when ids were renumbered (said
 * so), and periods by the dates their headers cover, so a new row or month column is no noise.
 */
public final class Comparer {

  private Comparer() {}

  /** The comparison of last month's rated indicators with this month's. */
  public static Comparison compare(
      String lastName, List<RatedIndicator> last, String thisName, List<RatedIndicator> now) {
    Map<RatedIndicator, RatedIndicator> matched = new IdentityHashMap<>();
    List<RatedIndicator> lastLeft = new ArrayList<>(last);
    List<RatedIndicator> nowLeft = new ArrayList<>(now);
    match(lastLeft, nowLeft, matched, r -> r.row().sheet() + '\u0000' + key(r.row().id()));
    match(lastLeft, nowLeft, matched, r -> key(r.row().id()));
    Map<RatedIndicator, RatedIndicator> byTitle = new IdentityHashMap<>();
    match(lastLeft, nowLeft, byTitle, r -> "title\u0000" + key(words(r.row().title())));
    matched.putAll(byTitle);
    List<Pair> pairs = new ArrayList<>();
    for (RatedIndicator n : now) {
      RatedIndicator l = matched.get(n);
      boolean titled = byTitle.containsKey(n);
      pairs.add(
          new Pair(
              l,
              n,
              titled,
              l == null ? List.of(added(n, Kind.NEW)) : Differences.between(l, n, titled)));
    }
    for (RatedIndicator l : lastLeft) {
      pairs.add(new Pair(l, null, false, List.of(added(l, Kind.REMOVED))));
    }
    return new Comparison(lastName, thisName, latestPeriod(last), pairs);
  }

  /**
   * Pairs rows left on both sides whose key is given and unique on each side; matched rows leave
   * the lists.
   */
  private static void match(
      List<RatedIndicator> last,
      List<RatedIndicator> now,
      Map<RatedIndicator, RatedIndicator> into,
      java.util.function.Function<RatedIndicator, String> key) {
    Map<String, RatedIndicator> lastByKey = unique(last, key);
    Map<String, RatedIndicator> nowByKey = unique(now, key);
    for (Map.Entry<String, RatedIndicator> e : nowByKey.entrySet()) {
      RatedIndicator l = lastByKey.get(e.getKey());
      if (l != null) {
        into.put(e.getValue(), l);
        RatedIndicator n = e.getValue();
        last.removeIf(x -> x == l);
        now.removeIf(x -> x == n);
      }
    }
  }

  /** Rows by key, leaving out empty keys and keys two rows share (no guessing between them). */
  private static Map<String, RatedIndicator> unique(
      List<RatedIndicator> rows, java.util.function.Function<RatedIndicator, String> key) {
    Map<String, RatedIndicator> out = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RatedIndicator r : rows) {
      String k = key.apply(r);
      if (k == null || k.isEmpty() || k.endsWith("\u0000")) {
        continue;
      }
      seen.merge(k, 1, Integer::sum);
      out.put(k, r);
    }
    out.keySet().removeIf(k -> seen.get(k) > 1);
    return out;
  }

  private static Difference added(RatedIndicator r, Kind kind) {
    String latest =
        r.ratedOn() == null
            ? ""
            : Figures.shown(r.ratedOn().reading().figure(), r.row().unit())
                + " in "
                + r.ratedOn().period().label();
    String rating = r.rating().word();
    return new Difference(
        kind,
        r.row().sheet(),
        r.row().id(),
        r.row().title(),
        "",
        kind == Kind.REMOVED ? rating : "",
        kind == Kind.NEW ? join(rating, latest) : "");
  }

  private static String join(String rating, String latest) {
    return latest.isEmpty() ? rating : rating + " (" + latest + ")";
  }

  /** The latest period the workbook reports (its latest period column), as labelled there. */
  private static String latestPeriod(List<RatedIndicator> rated) {
    Period latest = null;
    for (RatedIndicator r : rated) {
      for (Observation o : r.row().observations()) {
        if (latest == null || o.period().compareTo(latest) > 0) {
          latest = o.period();
        }
      }
    }
    return latest == null ? "" : latest.label();
  }

  /** An id or title as a key: case, spaces and dashes ignored. */
  static String key(@Nullable String s) {
    return s == null
        ? ""
        : s.strip()
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\s\\u00a0]+", " ")
            .replaceAll("[\u2010-\u2015]", "-");
  }

  /** A title's words alone, so punctuation and spacing do not stop a match. */
  static String words(@Nullable String title) {
    return title == null ? "" : title.replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
  }
}
