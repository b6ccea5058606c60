package uk.scorecard.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.scorecard.compare.Comparison;
import uk.scorecard.compare.Direction;
import uk.scorecard.compare.Explained;
import uk.scorecard.compare.Sentences;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Shown;
import uk.scorecard.rate.Caveats;
import uk.scorecard.rate.RatedIndicator;

/** Builds the report of one workbook from its findings and rated indicators. */
public final class Results {

  private Results() {}

  /** The report for one workbook; findings keep the order they were found in. */
  public static Report report(String path, List<Finding> findings, List<RatedIndicator> rated) {
    return report(path, findings, rated, null);
  }

  /** The report for one workbook compared with last month's ({@code since}, or null). */
  public static Report report(
      String path, List<Finding> findings, List<RatedIndicator> rated, @Nullable Comparison since) {
    // Fifty thousand indicators repeat a few hundred texts (a figure, a target, a unit, a reason):
    // each is held once for the report, not once an indicator (tens of MB in a million cells).
    Map<String, String> texts = new HashMap<>();
    return new Report(
        path, findings, rated.stream().map(r -> result(r, since, texts)).toList(), since);
  }

  private static IndicatorResult result(
      RatedIndicator r, @Nullable Comparison since, Map<String, String> texts) {
    IndicatorRow row = r.row();
    String latest =
        r.ratedOn() == null
            ? ""
            : Shown.figure(r.ratedOn().reading().figure(), row.unit())
                + " ("
                + r.ratedOn().period().label()
                + ")";
    return new IndicatorResult(
        row.sheet(),
        row.row() + 1,
        nz(row.id()),
        nz(row.title()),
        r.change(),
        r.rating(),
        once(texts, Caveats.combine(row.existingCaveat(), r.caveats())),
        once(texts, latest),
        once(texts, target(row)),
        row.polarityAssumed(),
        shown(r.ratedOn() == null ? null : Direction.sincePrevious(r)),
        shown(Direction.sinceLastYear(r)),
        Sentences.of(r, since == null ? null : since.of(r)),
        facts(r, texts));
  }

  private static IndicatorFacts facts(RatedIndicator r, Map<String, String> texts) {
    IndicatorRow row = r.row();
    return new IndicatorFacts(
        value(r.ratedOn(), row, texts),
        value(Explained.previous(r), row, texts),
        row.unit() == null ? "" : once(texts, row.unit().name().toLowerCase(java.util.Locale.ROOT)),
        row.polarity() == null ? "" : row.polarity().label(),
        row.polarityAssumed(),
        once(texts, Explained.tolerance(row)),
        once(texts, Explained.reason(r)));
  }

  private static IndicatorFacts.@Nullable Value value(
      @Nullable Observation o, IndicatorRow row, Map<String, String> texts) {
    if (o == null || !(o.reading() instanceof Reading.Figure f)) {
      return null;
    }
    return new IndicatorFacts.Value(
        f.value(), once(texts, Shown.figure(f, row.unit())), o.period().label());
  }

  /** The report's one copy of a text equal to this one (null stays null). */
  private static @Nullable String once(Map<String, String> texts, @Nullable String s) {
    return s == null ? null : texts.computeIfAbsent(s, k -> k);
  }

  private static String shown(@Nullable Direction d) {
    return d == null ? "" : d.shown();
  }

  private static String target(IndicatorRow row) {
    return row.target() == null ? "" : Shown.target(row.target(), row.unit());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
