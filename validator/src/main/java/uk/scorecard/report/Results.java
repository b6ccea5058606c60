package uk.scorecard.report;

import java.util.List;
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
    return new Report(path, findings, rated.stream().map(r -> result(r, since)).toList(), since);
  }

  private static IndicatorResult result(RatedIndicator r, @Nullable Comparison since) {
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
        Caveats.combine(row.existingCaveat(), r.caveats()),
        latest,
        target(row),
        row.polarityAssumed(),
        shown(r.ratedOn() == null ? null : Direction.sincePrevious(r)),
        shown(Direction.sinceLastYear(r)),
        Sentences.of(r, since == null ? null : since.of(r)),
        facts(r));
  }

  private static IndicatorFacts facts(RatedIndicator r) {
    IndicatorRow row = r.row();
    return new IndicatorFacts(
        value(r.ratedOn(), row),
        value(Explained.previous(r), row),
        row.unit() == null ? "" : row.unit().name().toLowerCase(java.util.Locale.ROOT),
        row.polarity() == null ? "" : row.polarity().label(),
        row.polarityAssumed(),
        Explained.tolerance(row),
        Explained.reason(r));
  }

  private static IndicatorFacts.@Nullable Value value(@Nullable Observation o, IndicatorRow row) {
    if (o == null || !(o.reading() instanceof Reading.Figure f)) {
      return null;
    }
    return new IndicatorFacts.Value(f.value(), Shown.figure(f, row.unit()), o.period().label());
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
