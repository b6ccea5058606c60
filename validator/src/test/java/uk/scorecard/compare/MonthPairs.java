package uk.scorecard.compare;

import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.num;
import static uk.scorecard.fixtures.Value.pct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.fixtures.Value;
import uk.scorecard.fixtures.WorkbookBuilder;

/**
 * Pairs of small workbooks, last month's and this month's, one pair for each kind of change a
 * comparison names. Each row is: id, title, polarity, unit, a figure per month, target, tolerance,
 * frequency. Last month runs to Feb-20 and this month to Mar-20 unless said otherwise.
 */
public final class MonthPairs {

  /** A pair: the kind it shows, last month's and this month's workbook. */
  public record MonthPair(Kind shows, byte[] last, byte[] now) {}

  private static final List<Value> LAST = List.of(month(2020, 1), month(2020, 2));
  private static final List<Value> THIS = List.of(month(2020, 1), month(2020, 2), month(2020, 3));

  private static final Object[] CP11 = {
    "CP 11", "% of children subject to a repeat child protection plan", "Lower is better", "%"
  };
  private static final Object[] AMT2 = {
    "AMT 2", "% of assessments completed within 45 working days", "Higher is better", "%"
  };

  private MonthPairs() {}

  /** Every pair by name. */
  public static Map<String, MonthPair> all() {
    Map<String, MonthPair> m = new LinkedHashMap<>();
    m.put(
        "no-change",
        pair(
            Kind.NO_CHANGE,
            book(LAST, row(CP11, p(18), p(19), p(15), "10%"), row(AMT2, p(85), p(88), p(90), "5%")),
            book(
                THIS,
                row(CP11, p(18), p(19), p(22), p(15), "10%"),
                row(AMT2, p(85), p(88), p(87), p(90), "5%"))));
    m.put(
        "new-indicator",
        pair(
            Kind.NEW,
            book(LAST, row(AMT2, p(85), p(88), p(90), "5%")),
            book(
                THIS,
                row(AMT2, p(85), p(88), p(87), p(90), "5%"),
                row(
                    new Object[] {
                      "EH 3",
                      "% of early help assessments completed within 35 days",
                      "Higher is better",
                      "%"
                    },
                    null,
                    null,
                    p(71),
                    p(80),
                    "10%"))));
    m.put(
        "removed",
        pair(
            Kind.REMOVED,
            book(
                LAST,
                row(AMT2, p(85), p(88), p(90), "5%"),
                row(
                    new Object[] {
                      "6", "Number of children missing from care", "Lower is better", "Number"
                    },
                    14,
                    12,
                    10,
                    "2")),
            book(THIS, row(AMT2, p(85), p(88), p(87), p(90), "5%"))));
    m.put(
        "renamed",
        pair(
            Kind.RENAMED,
            book(
                LAST,
                row(
                    new Object[] {
                      "FD 7", "% of contacts with a decision in 1 day", "Higher is better", "%"
                    },
                    p(93),
                    p(96),
                    p(95),
                    "10%")),
            book(
                THIS,
                row(
                    new Object[] {
                      "FD 7",
                      "% of contacts with a decision within 1 working day",
                      "Higher is better",
                      "%"
                    },
                    p(93),
                    p(96),
                    p(97),
                    p(95),
                    "10%"))));
    m.put(
        "renumbered",
        pair(
            Kind.RENUMBERED,
            book(
                LAST,
                row(
                    new Object[] {
                      "FD 7",
                      "% of contacts with a decision within 1 working day",
                      "Higher is better",
                      "%"
                    },
                    p(93),
                    p(96),
                    p(95),
                    "10%")),
            book(
                THIS,
                row(
                    new Object[] {
                      "FD 8",
                      "% of contacts with a decision within 1 working day",
                      "Higher is better",
                      "%"
                    },
                    p(93),
                    p(96),
                    p(97),
                    p(95),
                    "10%"))));
    Object[] eet = {
      "21", "% of care leavers in education, employment or training", "Higher is better", "%"
    };
    m.put(
        "target-changed",
        pair(
            Kind.TARGET_CHANGED,
            book(LAST, row(eet, p(55), p(56), p(40), "10%")),
            book(THIS, row(eet, p(55), p(56), p(56), p(60), "10%"))));
    m.put(
        "tolerance-changed",
        pair(
            Kind.TOLERANCE_CHANGED,
            book(LAST, row(AMT2, p(85), p(88), p(90), "5%")),
            book(THIS, row(AMT2, p(85), p(88), p(87), p(90), "5pp"))));
    Object[] caseload = {
      "W 1", "Average caseload per social worker", "Higher is better", "Decimal"
    };
    Object[] caseloadLower = {
      "W 1", "Average caseload per social worker", "Lower is better", "Decimal"
    };
    m.put(
        "polarity-changed",
        pair(
            Kind.POLARITY_CHANGED,
            book(LAST, row(caseload, d(18.2), d(17.9), 16, "10%")),
            book(THIS, row(caseloadLower, d(18.2), d(17.9), d(17.5), 16, "10%"))));
    Object[] neet = {
      "NEET", "% of young people not in education, employment or training", "Lower is better", "%"
    };
    m.put(
        "restated",
        pair(
            Kind.RESTATED,
            book(LAST, row(neet, p1(5.4), p1(5.2), p(5), "0.2pp")),
            book(THIS, row(neet, p1(5.4), p1(5.3), "TBC", p(5), "0.2pp"))));
    Object[] rerefer = {"FD 9", "% of re-referrals within 12 months", "Lower is better", "%"};
    m.put(
        "late-figure",
        pair(
            Kind.LATE_FIGURE,
            book(LAST, row(rerefer, p(24), "TBC", p(22), "2pp")),
            book(THIS, row(rerefer, p(24), p(23), p(21), p(22), "2pp"))));
    m.put(
        "rating-changed",
        pair(
            Kind.RATING_CHANGED,
            book(LAST, row(AMT2, p(85), p(88), p(90), "5%")),
            book(THIS, row(AMT2, p(85), p(88), p(91), p(90), "5%"))));
    Object[] missing = {
      "MIS 2", "Number of return interviews not offered", "Lower is better", "Number"
    };
    m.put(
        "withdrawn",
        pair(
            Kind.WITHDRAWN,
            book(LAST, row(missing, 30, 31, 20, "5")),
            book(THIS, row(missing, 30, "c", 28, 20, "5"))));
    List<Value> lastQ = months(2019, 9, 6);
    List<Value> thisQ = months(2019, 9, 7);
    Object[] repeat = {
      "CP 4", "% of child protection plans lasting 2 years or more", "Lower is better", "%"
    };
    m.put(
        "quarterly",
        pair(
            Kind.NO_CHANGE,
            book(lastQ, quarterly(row(repeat, p(9), null, null, p(8), null, null, p(5), "10%"))),
            book(
                thisQ,
                quarterly(row(repeat, p(9), null, null, p(8), null, null, p(7), p(5), "10%")))));
    Object[] eh3 = {
      "EH 3", "% of early help assessments completed within 35 days", "Higher is better", "%"
    };
    Object[] six = {"6", "Number of children missing from care", "Lower is better", "Number"};
    m.put(
        "several",
        pair(
            Kind.RATING_CHANGED,
            book(
                LAST,
                row(CP11, p(18), p(19), p(15), "10%"),
                row(AMT2, p(85), p(88), p(90), "5%"),
                row(eet, p(55), p(56), p(40), "10%"),
                row(neet, p1(5.4), p1(5.2), p(5), "0.2pp"),
                row(six, 14, 12, 10, "2")),
            book(
                THIS,
                row(CP11, p(18), p(19), p(22), p(15), "10%"),
                row(AMT2, p(85), p(88), p(91), p(90), "5%"),
                row(eet, p(55), p(56), p(56), p(60), "10%"),
                row(neet, p1(5.4), p1(5.3), "TBC", p(5), "0.2pp"),
                row(eh3, null, null, p(71), p(80), "10%"))));
    return m;
  }

  private static MonthPair pair(Kind shows, byte[] last, byte[] now) {
    return new MonthPair(shows, last, now);
  }

  /** A workbook with a Scorecard sheet whose periods are these months. */
  static byte[] book(List<Value> months, Object[]... rows) {
    List<Object> header = new ArrayList<>(List.of("Ref", "Indicator", "Polarity", "Unit"));
    header.addAll(months);
    header.addAll(List.of("Target", "Tolerance", "Frequency", "Change", "RAG", "Caveat"));
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Children's services scorecard")
            .blank()
            .row(header.toArray());
    for (Object[] r : rows) {
      b.row(r);
    }
    return b.bytes();
  }

  /** A row: the indicator's four leading cells, then figures, target, tolerance. */
  static Object[] row(Object[] indicator, Object... rest) {
    List<Object> cells = new ArrayList<>(List.of(indicator));
    cells.addAll(java.util.Arrays.asList(rest));
    return cells.toArray();
  }

  /** The row with "Quarterly" in its Frequency cell (after target and tolerance). */
  static Object[] quarterly(Object[] row) {
    List<Object> cells = new ArrayList<>(java.util.Arrays.asList(row));
    cells.add("Quarterly");
    return cells.toArray();
  }

  /** Months from a year and month, this many. */
  static List<Value> months(int year, int month, int count) {
    List<Value> out = new ArrayList<>();
    java.time.YearMonth m = java.time.YearMonth.of(year, month);
    for (int i = 0; i < count; i++, m = m.plusMonths(1)) {
      out.add(month(m.getYear(), m.getMonthValue()));
    }
    return out;
  }

  static Value p(int percent) {
    return pct(percent / 100.0);
  }

  static Value p1(double percent) {
    return num(percent / 100.0, "0.0%");
  }

  static Value d(double v) {
    return num(v, "0.0");
  }
}
