package uk.scorecard.read;

import java.util.List;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;

/**
 * Puts a percentage row's figures on the 0-100 scale. Percent-formatted cells already are; plain
 * numbers are fractions only when every plain figure in the row is between -1 and 1 and one of them
 * has decimals (0.85), otherwise they are whole percentages (85).
 */
final class Scale {

  private Scale() {}

  /**
   * A count and its percentage written in one cell ("9 (3.1%)") stand for the percentage in a
   * percentage row and for the count in any other; the other half stays beside it.
   */
  static List<Observation> pairs(List<Observation> obs, uk.scorecard.model.Unit unit) {
    boolean percent = unit == uk.scorecard.model.Unit.PERCENT;
    return obs.stream()
        .map(
            o -> {
              Figure f = o.reading().figure();
              if (f == null || f.stated() == null || f.percentFormatted() == percent) {
                return o;
              }
              var s = f.stated();
              Figure other =
                  percent
                      ? new Figure(s.percent(), s.percentDecimals(), true, false, s)
                      : new Figure(s.count(), 0, false, false, s);
              return RowReader.with(o, other);
            })
        .toList();
  }

  /** The row's observations on the 0-100 scale; figures scaled here are shared as read ones are. */
  static List<Observation> toPercent(List<Observation> obs, SharedFigures figures) {
    List<Figure> plain =
        obs.stream()
            .map(o -> o.reading().figure())
            .filter(f -> f != null && !f.percentFormatted())
            .toList();
    boolean fractions =
        !plain.isEmpty()
            && plain.stream()
                .allMatch(f -> f.value().abs().compareTo(java.math.BigDecimal.ONE) <= 0)
            && plain.stream().anyMatch(f -> f.value().stripTrailingZeros().scale() > 0);
    if (!fractions) {
      return obs;
    }
    return obs.stream()
        .map(
            o -> {
              Figure f = o.reading().figure();
              if (f == null || f.percentFormatted()) {
                return o;
              }
              // Excel holds it as a fraction of one, as it does a figure formatted as a percentage.
              Figure scaled =
                  new Figure(
                      f.value().movePointRight(2),
                      Math.max(0, f.decimals() - 2),
                      true,
                      f.storedAsText(),
                      f.stated());
              return RowReader.with(o, figures.share(scaled));
            })
        .toList();
  }
}
