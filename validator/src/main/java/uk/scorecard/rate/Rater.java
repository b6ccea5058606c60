package uk.scorecard.rate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Period;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.RatingScale;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.rules.Rules;

/**
 * Rates every indicator: its Change, its RAG on the latest available figure, and caveats. A figure
 * the checks found in error, or a target or level it would be rated against, is not rated.
 */
public final class Rater {

  /** The caveat of an indicator whose figure, target or levels are in error. */
  public static final String IN_ERROR = "Not rated: the figure is in error (see Checks)";

  /** The cells a rating rests on besides the figure itself. */
  private static final List<Column> RATED_AGAINST =
      List.of(
          Column.TARGET,
          Column.TOLERANCE,
          Column.LOWER_TOLERANCE,
          Column.UPPER_TOLERANCE,
          Column.NUMERATOR,
          Column.DENOMINATOR,
          Column.BLUE);

  private final Rules rules;

  public Rater(Rules rules) {
    this.rules = rules;
  }

  /** The rating of each indicator, table by table, top to bottom, with no figure in error. */
  public List<RatedIndicator> rate(List<IndicatorTable> tables) {
    return rate(tables, Set.of());
  }

  /**
   * The rating of each indicator, table by table, top to bottom; {@code inError} are the cells the
   * checks found in error (the check stage's {@code Findings.cellsInError()}).
   */
  public List<RatedIndicator> rate(List<IndicatorTable> tables, Set<CellRef> inError) {
    List<RatedIndicator> out = new ArrayList<>();
    // Fifty thousand rows say one of a few hundred Changes ("Up 2pp"): each text is held once,
    // here and in the plan and report that take it.
    Map<String, String> changes = new HashMap<>();
    UnaryOperator<String> shared = c -> changes.computeIfAbsent(c, k -> k);
    for (IndicatorTable t : tables) {
      for (IndicatorRow row : t.rows()) {
        out.add(rate(row, inError, shared));
      }
    }
    return out;
  }

  /** One indicator's rating, with no figure in error. */
  public RatedIndicator rate(IndicatorRow row) {
    return rate(row, Set.of());
  }

  /** One indicator's rating; {@code inError} are the cells the checks found in error. */
  public RatedIndicator rate(IndicatorRow row, Set<CellRef> inError) {
    return rate(row, inError, UnaryOperator.identity());
  }

  /** One indicator's rating, its Change text taken through {@code shared}. */
  private RatedIndicator rate(
      IndicatorRow row, Set<CellRef> inError, UnaryOperator<String> shared) {
    List<String> caveats = new ArrayList<>();
    List<Observation> figures = row.figures();
    Observation ratedOn = figures.isEmpty() ? null : figures.get(figures.size() - 1);
    Rating rating = rating(row, ratedOn, caveats, inError);
    if (ratedOn != null && !row.observations().isEmpty()) {
      Observation last = row.observations().get(row.observations().size() - 1);
      if (last != ratedOn) {
        caveats.add(
            0,
            latestMissing(row, last)
                + (rating == Rating.GREY ? "latest figure is " : "rated on ")
                + ratedOn.period().label());
      }
    }
    caveats.addAll(row.readCaveats());
    return new RatedIndicator(
        row,
        // A figure in error is not rated, and a change from it would be as wrong as a rating.
        caveats.contains(IN_ERROR) ? "" : shared.apply(Change.of(row)),
        rating,
        caveats,
        ratedOn,
        Ours.change(row),
        Ours.rag(row, row.blue() != null, fivePoint()),
        Ours.caveat(row),
        fivePoint());
  }

  private boolean fivePoint() {
    return rules.scale() == RatingScale.FIVE_POINT;
  }

  /** Why the latest period has no figure: held elsewhere, not due yet, or not yet available. */
  private static String latestMissing(IndicatorRow row, Observation last) {
    if (last.reading() instanceof Reading.Withheld w) {
      return last.period().label() + " figure withheld (" + w.text() + "); ";
    }
    Period.Kind every = row.frequency();
    if (every != null
        && every != Period.Kind.MONTH
        && last.reading() instanceof Reading.Blank
        && last.period().kind() == Period.Kind.MONTH) {
      // A quarterly or annual indicator has no figure in most months: that is not missing.
      return frequencyWord(every) + " indicator: ";
    }
    return last.period().label() + " not yet available; ";
  }

  private static String frequencyWord(Period.Kind k) {
    return switch (k) {
      case QUARTER -> "Quarterly";
      case TERM -> "Termly";
      default -> "Annual";
    };
  }

  private Rating rating(
      IndicatorRow row, Observation ratedOn, List<String> caveats, Set<CellRef> inError) {
    if (row.polarity() == Polarity.NOT_RATED) {
      return Rating.GREY;
    }
    if (ratedOn == null && withheld(row) != null) {
      caveats.add("Not rated: figure withheld (" + withheld(row) + ")");
      return Rating.GREY;
    }
    if (row.polarity() == null) {
      caveats.add("Not rated: no polarity (add a Polarity column or a rules file entry)");
      return Rating.GREY;
    }
    Rag.Rule rule =
        new Rag.Rule(
            row.polarity(),
            row.target(),
            row.tolerance(),
            row.lowerTolerance(),
            row.upperTolerance(),
            row.blue(),
            fivePoint());
    if (!Rag.hasTarget(rule)) {
      caveats.add("Not rated: no target");
      return Rating.GREY;
    }
    if (ratedOn == null) {
      caveats.add("Not rated: no figures");
      return Rating.GREY;
    }
    if (!inError.isEmpty() && restsOnAnError(row, ratedOn, inError)) {
      caveats.add(IN_ERROR);
      return Rating.GREY;
    }
    Figure f = ratedOn.reading().figure();
    return Rag.rate(Change.shown(f, f.decimals()), rule);
  }

  /**
   * True when the figure rated, or a cell it is rated against (target, tolerance, levels,
   * numerator, denominator; the id cell stands for a rule the rules file gave), is in error.
   */
  private static boolean restsOnAnError(
      IndicatorRow row, Observation ratedOn, Set<CellRef> inError) {
    if (inError.contains(ratedOn.cell()) || inError.contains(row.idCell())) {
      return true;
    }
    for (Column c : RATED_AGAINST) {
      if (row.layout().has(c) && inError.contains(row.cell(c))) {
        return true;
      }
    }
    List<Layout.PeriodColumn> periods = row.layout().periods();
    int numerator = periods.isEmpty() ? -1 : periods.get(periods.size() - 1).numeratorCol();
    return numerator >= 0 && inError.contains(new CellRef(row.sheet(), row.row(), numerator));
  }

  /** The text of the latest period's figure when it is withheld, else null. */
  private static String withheld(IndicatorRow row) {
    List<Observation> obs = row.observations();
    return !obs.isEmpty() && obs.get(obs.size() - 1).reading() instanceof Reading.Withheld w
        ? w.text()
        : null;
  }
}
