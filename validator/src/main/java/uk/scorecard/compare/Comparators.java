package uk.scorecard.compare;

import java.math.BigDecimal;
import java.util.Map;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Target;
import uk.scorecard.rate.RatedIndicator;

/**
 * The latest figure against the workbook's comparators (England, national, London, region,
 * statistical neighbours), through the polarity: "better than England (51%)".
 */
final class Comparators {

  private Comparators() {}

  /** Appends "; better than England (51%) and worse than statistical neighbours (60%)". */
  static void append(RatedIndicator r, StringBuilder sb) {
    IndicatorRow row = r.row();
    Polarity p = row.polarity();
    if (row.comparators().isEmpty()
        || r.ratedOn() == null
        || p != Polarity.HIGHER_IS_BETTER && p != Polarity.LOWER_IS_BETTER) {
      return; // better and worse need a direction; a range's band is not a comparator's
    }
    Figure f = r.ratedOn().reading().figure();
    BigDecimal v = Figures.at(f, f.decimals());
    String joint = "; ";
    for (Map.Entry<Column, BigDecimal> e : row.comparators().entrySet()) {
      int side = v.compareTo(e.getValue()) * (p == Polarity.HIGHER_IS_BETTER ? 1 : -1);
      sb.append(joint)
          .append(side > 0 ? "better than " : side < 0 ? "worse than " : "the same as ")
          .append(name(e.getKey()))
          .append(" (")
          .append(Shown.target(new Target.Point(e.getValue()), row.unit()))
          .append(')');
      joint = " and ";
    }
  }

  /** How a sentence names a comparator. */
  static String name(Column c) {
    return switch (c) {
      case NATIONAL -> "the national figure";
      case REGION -> "the region";
      case STAT_NEIGHBOURS -> "statistical neighbours";
      default -> c.header();
    };
  }
}
