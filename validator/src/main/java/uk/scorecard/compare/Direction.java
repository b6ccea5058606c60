package uk.scorecard.compare;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Period;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Target;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.rate.Rater;

/**
 * The direction of travel: whether a move is better or worse, not just up or down, taking the
 * polarity into account (up is worse for caseloads; for a range, closer to the band is better).
 */
public enum Direction {
  IMPROVING("\u25b2", "Improving"),
  WORSENING("\u25bc", "Worsening"),
  NO_CHANGE("\u25ba", "No change");

  private final String arrow;
  private final String word;

  // Made once: a table of fifty thousand rows shows one of three texts in every row.
  private final String shown;
  private final String cell;

  Direction(String arrow, String word) {
    this.arrow = arrow;
    this.word = word;
    this.shown = arrow + " " + word;
    this.cell = arrow + " " + word.toLowerCase(java.util.Locale.ROOT);
  }

  /** The arrow and the word, so colour or shape alone never carries it: {@code ▲ Improving}. */
  public String shown() {
    return shown;
  }

  /**
   * As the rated workbook's cell shows it, arrow and word in a sentence's case: {@code ▲
   * improving}.
   */
  public String cell() {
    return cell;
  }

  /**
   * True for a Direction of travel cell that is ours to write: empty, or holding one of our texts
   * in either case. Anything else there (the officer's own arrow, "see note") is kept.
   */
  public static boolean isOurs(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return true;
    }
    String t = text.strip();
    for (Direction d : values()) {
      if (t.equalsIgnoreCase(d.cell())) {
        return true;
      }
    }
    return false;
  }

  /** The word alone, as JSON and sentences use it. */
  public String word() {
    return word;
  }

  /**
   * The direction from the figure before the one rated on (its own previous period: quarterly and
   * annual indicators are compared with their previous figure), or null when there is none, the
   * polarity says nothing of better and worse, or the figure is in error.
   */
  public static @Nullable Direction sincePrevious(RatedIndicator r) {
    if (inError(r)) {
      return null;
    }
    List<Observation> figures = r.row().figures();
    int at = figures.indexOf(r.ratedOn());
    return at < 1
        ? null
        : between(figures.get(at - 1).reading().figure(), r.ratedOn().reading().figure(), r.row());
  }

  /** The direction from the same period a year before, or null when the workbook lacks it. */
  public static @Nullable Direction sinceLastYear(RatedIndicator r) {
    Observation year = inError(r) ? null : yearBefore(r);
    return year == null
        ? null
        : between(year.reading().figure(), r.ratedOn().reading().figure(), r.row());
  }

  /** A figure in error is not rated, and neither is its move: an impossible 112% is no gain. */
  private static boolean inError(RatedIndicator r) {
    return r.caveats().contains(Rater.IN_ERROR);
  }

  /** The same period a year before the rated one, with a figure, or null. */
  static @Nullable Observation yearBefore(RatedIndicator r) {
    if (r.ratedOn() == null) {
      return null;
    }
    Period p = r.ratedOn().period();
    for (Observation o : r.row().figures()) {
      Period q = o.period();
      if (q.kind() == p.kind() && q.start().equals(p.start().minusYears(1))) {
        return o;
      }
    }
    return null;
  }

  /** The direction from one figure to another under the row's polarity, or null. */
  static @Nullable Direction between(Figure before, Figure after, IndicatorRow row) {
    Polarity p = row.polarity();
    if (p == null || p == Polarity.NOT_RATED) {
      return null;
    }
    int decimals = Math.max(before.decimals(), after.decimals());
    BigDecimal a = Figures.at(before, decimals);
    BigDecimal b = Figures.at(after, decimals);
    int better;
    if (p == Polarity.WITHIN_RANGE) {
      BigDecimal[] band = band(row);
      if (band == null) {
        return null;
      }
      better = distance(a, band).compareTo(distance(b, band));
    } else {
      better = b.compareTo(a) * (p == Polarity.HIGHER_IS_BETTER ? 1 : -1);
    }
    return better > 0 ? IMPROVING : better < 0 ? WORSENING : NO_CHANGE;
  }

  private static BigDecimal @Nullable [] band(IndicatorRow row) {
    if (row.target() instanceof Target.Band b) {
      return new BigDecimal[] {b.low(), b.high()};
    }
    BigDecimal point = row.target() instanceof Target.Point t ? t.value() : null;
    BigDecimal lo = row.lowerTolerance() != null ? row.lowerTolerance() : point;
    BigDecimal hi = row.upperTolerance() != null ? row.upperTolerance() : point;
    return lo == null || hi == null ? null : new BigDecimal[] {lo, hi};
  }

  private static BigDecimal distance(BigDecimal v, BigDecimal[] band) {
    if (v.compareTo(band[0]) < 0) {
      return band[0].subtract(v);
    }
    return v.compareTo(band[1]) > 0 ? v.subtract(band[1]) : BigDecimal.ZERO;
  }
}
