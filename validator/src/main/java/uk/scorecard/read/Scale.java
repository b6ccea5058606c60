package uk.scorecard.read;

import java.util.List;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;

/**
 * Puts a percentage row's figures on the 0-100 scale. Percent-formatted cells already are; plain
 * numbers are fractions only when every plain figure in the row is between -1 and 1 and one of
 * them has decimals (0.85), otherwise they are whole percentages (85).
 */
final class Scale {

  private Scale() {}

  /** The row's observations on the 0-100 scale; figures scaled here are shared as read ones are. */
  static List<Observation> toPercent(List<Observation> obs, SharedFigures figures) {
    List<Figure> plain = obs.stream().map(o -> o.reading().figure())
        .filter(f -> f != null && !f.percentFormatted()).toList();
    boolean fractions = !plain.isEmpty()
        && plain.stream().allMatch(f -> f.value().abs().compareTo(java.math.BigDecimal.ONE) <= 0)
        && plain.stream().anyMatch(f -> f.value().stripTrailingZeros().scale() > 0);
    if (!fractions) {
      return obs;
    }
    return obs.stream().map(o -> {
      Figure f = o.reading().figure();
      if (f == null || f.percentFormatted()) {
        return o;
      }
      Figure scaled = new Figure(f.value().movePointRight(2), Math.max(0, f.decimals() - 2),
          false, f.storedAsText());
      return RowReader.with(o, figures.share(scaled));
    }).toList();
  }
}
