package uk.scorecard.rate;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.rules.Rules;

/** Rates every indicator: its Change, its RAG on the latest available figure, and caveats. */
public final class Rater {

  private final Rules rules;

  public Rater(Rules rules) {
    this.rules = rules;
  }

  /** The rating of each indicator, table by table, top to bottom. */
  public List<RatedIndicator> rate(List<IndicatorTable> tables) {
    List<RatedIndicator> out = new ArrayList<>();
    for (IndicatorTable t : tables) {
      for (IndicatorRow row : t.rows()) {
        out.add(rate(row));
      }
    }
    return out;
  }

  /** One indicator's rating. */
  public RatedIndicator rate(IndicatorRow row) {
    List<String> caveats = new ArrayList<>();
    List<Observation> figures = row.figures();
    Observation ratedOn = figures.isEmpty() ? null : figures.get(figures.size() - 1);
    Rating rating = rating(row, ratedOn, caveats);
    if (ratedOn != null && !row.observations().isEmpty()) {
      Observation last = row.observations().get(row.observations().size() - 1);
      if (last != ratedOn) {
        caveats.add(0, last.period().label() + " not yet available; "
            + (rating == Rating.GREY ? "latest figure is " : "rated on ")
            + ratedOn.period().label());
      }
    }
    return new RatedIndicator(row, Change.of(row), rating, caveats, ratedOn);
  }

  private Rating rating(IndicatorRow row, Observation ratedOn, List<String> caveats) {
    if (row.polarity() == Polarity.NOT_RATED) {
      return Rating.GREY;
    }
    if (row.polarity() == null) {
      caveats.add("Not rated: no polarity (say whether higher or lower is better)");
      return Rating.GREY;
    }
    Rag.Rule rule = new Rag.Rule(row.polarity(), row.target(), row.tolerance(),
        row.lowerTolerance(), row.upperTolerance());
    if (!Rag.hasTarget(rule)) {
      caveats.add("Not rated: no target");
      return Rating.GREY;
    }
    if (ratedOn == null) {
      caveats.add("Not rated: no figures");
      return Rating.GREY;
    }
    Figure f = ratedOn.reading().figure();
    return Rag.rate(Change.shown(f, f.decimals()), rule);
  }
}
