package uk.scorecard.write.plan;

import java.util.List;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading;

/**
 * The two helper formulas of a live row: which period (1 for the first in date order) has its
 * latest figure, and which the figure before it, as nested IFs over the period cells, latest first
 * (every engine computes these alike; array tricks they do not). A figure is a number: markers (c,
 * [x], TBC) and blanks are skipped, as the engine skips them. 0 means none.
 */
final class LiveIndex {

  private LiveIndex() {}

  /** {@code IF(ISNUMBER(J5),6,IF(ISNUMBER(I5),5,...0))}. */
  static CellWrite.Formula latest(LiveRow r) {
    StringBuilder f = new StringBuilder();
    List<Integer> cols = r.cols();
    for (int i = cols.size(); i >= 1; i--) {
      f.append("IF(ISNUMBER(").append(r.at(cols.get(i - 1))).append("),").append(i).append(',');
    }
    f.append('0').append(")".repeat(cols.size()));
    return new CellWrite.Formula(f.toString(), true);
  }

  /** {@code IF(AND(ISNUMBER(J5),6<K5),6,...0)}: the latest figure before the latest's. */
  static CellWrite.Formula previous(LiveRow r, String latestCell) {
    StringBuilder f = new StringBuilder();
    List<Integer> cols = r.cols();
    for (int i = cols.size(); i >= 1; i--) {
      f.append("IF(AND(ISNUMBER(").append(r.at(cols.get(i - 1))).append("),");
      f.append(i).append('<').append(latestCell).append("),").append(i).append(',');
    }
    f.append('0').append(")".repeat(cols.size()));
    return new CellWrite.Formula(f.toString(), true);
  }

  /** The engine's latest figure's period number, 0 for none: the helper's cached value. */
  static int latestPlace(LiveRow r) {
    return place(r, 1);
  }

  /** The engine's previous figure's period number, 0 for none. */
  static int previousPlace(LiveRow r) {
    return place(r, 2);
  }

  private static int place(LiveRow r, int nth) {
    List<Observation> obs = r.rated().row().observations();
    int seen = 0;
    for (int i = obs.size() - 1; i >= 0; i--) {
      if (obs.get(i).reading() instanceof Reading.Figure && ++seen == nth) {
        return i + 1;
      }
    }
    return 0;
  }
}
