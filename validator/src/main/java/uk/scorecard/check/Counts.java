package uk.scorecard.check;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Unit;

/**
 * The counts the rows of one table give, period by period, for the rules that hold counts against
 * each other: what is a count (a Number row, or a row of whole numbers whose title names no
 * average, rate or duration), and what kind of count (events in a period, a year to date). Worked
 * out once per row.
 */
final class Counts {

  private final Map<IndicatorRow, Boolean> countLike = new IdentityHashMap<>();
  private final Map<IndicatorRow, Map<Integer, Observation>> byCol = new IdentityHashMap<>();

  /** Words of a measure that is not a count, though its figures may be whole numbers. */
  private static final Pattern NOT_A_COUNT =
      Pattern.compile(
          "(?i)%|£|\\b(average|avg|mean|median|rate|ratio|per|percent|percentage|proportion|"
              + "score|index|days|weeks|months|hours|years|duration|length|time|fte|cost|spend)\\b");

  /** Words of a count of events in a period: these add up over time. */
  private static final Pattern EVENTS =
      Pattern.compile(
          "(?i)\\b(re-?referrals?|referrals?|contacts?|assessments?|enquir(y|ies)|investigations?|"
              + "conferences?|strategy (discussions?|meetings?)|started|starting|starts|ceased|"
              + "ceasing|ended|new|entered|entering|admissions?|admitted|became|becoming|"
              + "went missing|missing episodes?|episodes?|incidents?|received|completed|"
              + "adoptions?|adopted|notifications?|applications?|exclusions?|arrests?|offences?|"
              + "visits?|reviews?|in the (month|quarter|year|period)|during)\\b");

  /** Words of a count at a point in time, which does not add up over time. */
  private static final Pattern AT_A_POINT =
      Pattern.compile(
          "(?i)\\b(at the end|end of (the )?(month|quarter|year|period)|as at|month[- ]end|"
              + "quarter[- ]end|year[- ]end|on the last day|current(ly)?|open|ongoing|"
              + "outstanding|overdue|awaiting|waiting|in progress|backlog|caseloads?|snapshot|"
              + "allocated)\\b");

  private static final Pattern YEAR_TO_DATE =
      Pattern.compile("(?i)\\b(ytd|year[- ]to[- ]date|cumulative|so far this year|to date)\\b");

  /** True when the row's figures are counts of people, cases or events. */
  boolean countLike(IndicatorRow row) {
    return countLike.computeIfAbsent(row, Counts::isCountLike);
  }

  private static boolean isCountLike(IndicatorRow row) {
    if (row.unit() != Unit.DECIMAL) {
      return row.unit() == Unit.COUNT;
    }
    List<Observation> figures = row.figures();
    return !figures.isEmpty()
        && (row.title() == null || !NOT_A_COUNT.matcher(row.title()).find())
        && figures.stream()
            .map(o -> o.reading().figure())
            .allMatch(f -> !f.percentFormatted() && CheckedValue.whole(f.value()));
  }

  /** True when the row counts events in each period, so a longer period holds at least as many. */
  boolean events(IndicatorRow row) {
    String t = row.title();
    return t != null && countLike(row) && EVENTS.matcher(t).find() && !AT_A_POINT.matcher(t).find();
  }

  /** True when the row counts from the start of a year to each period's end. */
  boolean yearToDate(IndicatorRow row) {
    return row.title() != null && YEAR_TO_DATE.matcher(row.title()).find() && countLike(row);
  }

  /** The observation of a row in a column, or null when the column is not one of its periods. */
  @Nullable Observation at(IndicatorRow row, int col) {
    return byCol
        .computeIfAbsent(
            row,
            r -> {
              Map<Integer, Observation> m = new HashMap<>();
              r.observations().forEach(o -> m.put(o.cell().col(), o));
              return m;
            })
        .get(col);
  }

  /** The count a row gives in a column: its figure, or the count written beside a percentage. */
  @Nullable BigDecimal count(IndicatorRow row, int col) {
    Observation o = at(row, col);
    return o == null ? null : count(row, o);
  }

  /** The count an observation of a row gives, or null when it gives none. */
  @Nullable BigDecimal count(IndicatorRow row, Observation o) {
    Figure f = o.reading().figure();
    if (f == null) {
      return null;
    }
    if (f.statedCount() != null) {
      return f.statedCount();
    }
    return countLike(row) && !f.percentFormatted() ? f.value() : null;
  }
}
