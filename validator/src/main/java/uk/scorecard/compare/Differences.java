package uk.scorecard.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.rate.RatedIndicator;

/** The differences between one indicator's row last month and this month. */
final class Differences {

  private Differences() {}

  /** What changed, or a single "no change"; {@code byTitle} when matched by title. */
  static List<Difference> between(RatedIndicator last, RatedIndicator now, boolean byTitle) {
    IndicatorRow l = last.row();
    IndicatorRow n = now.row();
    List<Difference> out = new ArrayList<>();
    if (byTitle) {
      out.add(diff(Kind.RENUMBERED, n, "", l.id(), n.id()));
    } else if (!Comparer.key(Comparer.words(l.title()))
        .equals(Comparer.key(Comparer.words(n.title())))) {
      out.add(diff(Kind.RENAMED, n, "", l.title(), n.title()));
    }
    same(out, Kind.TARGET_CHANGED, n, Figures.target(l), Figures.target(n));
    same(out, Kind.TOLERANCE_CHANGED, n, Figures.tolerance(l), Figures.tolerance(n));
    same(
        out,
        Kind.POLARITY_CHANGED,
        n,
        l.polarity() == null ? "" : l.polarity().label(),
        n.polarity() == null ? "" : n.polarity().label());
    for (Observation o : n.observations()) {
      Observation before = Figures.samePeriod(l, o.period());
      if (before != null) {
        history(out, n, before, o);
      }
    }
    if (last.rating() != now.rating()) {
      out.add(diff(Kind.RATING_CHANGED, n, "", last.rating().word(), now.rating().word()));
    }
    if (out.isEmpty()) {
      out.add(diff(Kind.NO_CHANGE, n, "", "", ""));
    }
    return out;
  }

  /** A past period's figure restated, filled in late, or withdrawn. */
  private static void history(
      List<Difference> out, IndicatorRow n, Observation before, Observation after) {
    Figure was = before.reading().figure();
    Figure is = after.reading().figure();
    String label = after.period().label();
    if (was != null && is != null && Figures.differ(was, is, n.unit())) {
      out.add(
          diff(Kind.RESTATED, n, label, Figures.shown(was, n.unit()), Figures.shown(is, n.unit())));
    } else if (was == null && is != null) {
      out.add(
          diff(
              Kind.LATE_FIGURE,
              n,
              label,
              Figures.reading(before.reading(), n.unit()),
              Figures.shown(is, n.unit())));
    } else if (was != null && is == null) {
      out.add(
          diff(
              Kind.WITHDRAWN,
              n,
              label,
              Figures.shown(was, n.unit()),
              Figures.reading(after.reading(), n.unit())));
    }
  }

  private static void same(
      List<Difference> out, Kind kind, IndicatorRow n, String was, String now) {
    if (!Objects.equals(was, now)) {
      out.add(diff(kind, n, "", was, now));
    }
  }

  private static Difference diff(Kind kind, IndicatorRow n, String period, String was, String now) {
    return new Difference(kind, n.sheet(), n.id(), n.title(), period, was, now);
  }
}
