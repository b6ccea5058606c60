package uk.scorecard.report;

import java.math.RoundingMode;
import java.util.List;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Target;
import uk.scorecard.model.Unit;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.write.Caveats;

/** Builds the report of one workbook from its findings and rated indicators. */
public final class Results {

  private Results() {}

  /** The report for one workbook; findings keep the order they were found in. */
  public static Report report(String path, List<Finding> findings, List<RatedIndicator> rated) {
    return new Report(path, findings, rated.stream().map(Results::result).toList());
  }

  private static IndicatorResult result(RatedIndicator r) {
    IndicatorRow row = r.row();
    String latest = r.ratedOn() == null ? ""
        : shown(r.ratedOn().reading().figure(), row.unit()) + " (" + r.ratedOn().period().label()
            + ")";
    return new IndicatorResult(row.sheet(), row.row() + 1, nz(row.id()), nz(row.title()),
        r.change(), r.rating(), Caveats.combine(row.existingCaveat(), r.caveats()), latest,
        target(row), row.polarityAssumed());
  }

  /** A figure as the workbook shows it: {@code 85%}, {@code 16.2}, {@code 838}. */
  public static String shown(Figure f, Unit unit) {
    String n = f.value().setScale(f.decimals(), RoundingMode.HALF_UP).toPlainString();
    return unit == Unit.PERCENT ? n + "%" : n;
  }

  private static String target(IndicatorRow row) {
    String pct = row.unit() == Unit.PERCENT ? "%" : "";
    if (row.target() instanceof Target.Point p) {
      return p.value().stripTrailingZeros().toPlainString() + pct;
    }
    if (row.target() instanceof Target.Band b) {
      return b.low().stripTrailingZeros().toPlainString() + pct + " to "
          + b.high().stripTrailingZeros().toPlainString() + pct;
    }
    return "";
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
