package uk.scorecard.compare;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Target;
import uk.scorecard.model.Unit;
import uk.scorecard.rate.RatedIndicator;

/**
 * The exception report: one plain sentence for each Red and Amber indicator and each rating change,
 * in the style of councils' committee reports, built only from the figures (every number in it is
 * one the workbooks show; no cause is invented).
 */
public final class Sentences {

  private Sentences() {}

  /**
   * The sentence for an indicator, or empty when it is neither Red nor Amber and its rating did not
   * change; {@code pair} is its comparison with last month, or null.
   */
  public static String of(RatedIndicator r, @Nullable Pair pair) {
    boolean changed = pair != null && pair.has(Kind.RATING_CHANGED);
    if (r.ratedOn() == null || !changed && !Streak.exception(r.rating())) {
      return "";
    }
    IndicatorRow row = r.row();
    StringBuilder sb = new StringBuilder(name(row)).append(": ");
    int streak = Streak.of(r);
    boolean remains = pair != null && pair.last() != null && pair.last().rating() == r.rating();
    if (changed) {
      Difference d = pair.first(Kind.RATING_CHANGED);
      sb.append("moved from ").append(d.was()).append(" to ").append(d.now()).append(cause(pair));
    } else if (streak >= 2) {
      sb.append("remains ")
          .append(r.rating().word())
          .append(' ')
          .append(Streak.phrase(streak, Streak.ownPeriod(r)));
    } else {
      sb.append(remains ? "remains " : "rated ").append(r.rating().word());
    }
    sb.append(": ").append(position(r));
    movement(r, sb);
    Comparators.append(r, sb);
    return sb.append('.').toString();
  }

  /**
   * The whole exception report of a comparison: the overview, then a sentence per Red and Amber
   * indicator and per rating change, Red first, in this month's order.
   */
  public static List<String> report(Comparison c) {
    List<String> out = new java.util.ArrayList<>(overview(c));
    c.pairs().stream()
        .filter(p -> p.now() != null)
        .sorted(java.util.Comparator.comparing(p -> p.now().rating()))
        .map(p -> of(p.now(), p))
        .filter(s -> !s.isEmpty())
        .forEach(out::add);
    return out;
  }

  /** The lines above the sentences when two months are compared. */
  public static List<String> overview(Comparison c) {
    List<String> out = new java.util.ArrayList<>();
    List<Difference> ratings =
        c.differences().stream().filter(d -> d.kind() == Kind.RATING_CHANGED).toList();
    if (ratings.isEmpty()) {
      out.add("No ratings changed " + c.since() + ".");
    } else {
      out.add(
          "Ratings changed "
              + c.since()
              + ": "
              + String.join(
                  ", ",
                  ratings.stream()
                      .map(d -> d.name() + " (" + d.was() + " to " + d.now() + ")")
                      .toList())
              + ".");
    }
    list(out, c, Kind.NEW, "New indicators: ");
    list(out, c, Kind.REMOVED, "Removed: ");
    for (Difference d : c.differences()) {
      if (d.kind() == Kind.RENUMBERED) {
        out.add(d.now() + ": id changed from " + d.was() + " (matched by its title).");
      }
      if (d.kind() == Kind.RENAMED) {
        out.add(d.name() + " renamed: was \u201c" + d.was() + "\u201d.");
      }
      if (d.kind() == Kind.TARGET_CHANGED
          || d.kind() == Kind.TOLERANCE_CHANGED
          || d.kind() == Kind.POLARITY_CHANGED) {
        out.add(
            d.name()
                + " amended: "
                + d.kind().words().replace(" changed", "")
                + " "
                + or(d.was())
                + " \u2192 "
                + or(d.now())
                + ".");
      }
      if (d.kind().warning()) {
        out.add(
            "Warning: "
                + d.name()
                + " "
                + d.period()
                + " "
                + (d.kind() == Kind.RESTATED
                    ? "restated from " + d.was() + " to " + d.now()
                    : "withdrawn (was " + d.was() + ", now " + d.now() + ")")
                + " since the last report.");
      }
    }
    return out;
  }

  private static void list(List<String> out, Comparison c, Kind kind, String lead) {
    List<String> names =
        c.differences().stream().filter(d -> d.kind() == kind).map(Difference::name).toList();
    if (!names.isEmpty()) {
      out.add(lead + String.join(", ", names) + ".");
    }
  }

  private static String or(String s) {
    return s.isEmpty() ? "none" : s;
  }

  /** Why a rating moved, when the figures say: a restated figure or a changed rule. */
  private static String cause(Pair pair) {
    Difference restated = pair.first(Kind.RESTATED);
    if (restated != null) {
      return " after "
          + restated.period()
          + " was restated from "
          + restated.was()
          + " to "
          + restated.now();
    }
    for (Kind k : new Kind[] {Kind.TARGET_CHANGED, Kind.TOLERANCE_CHANGED, Kind.POLARITY_CHANGED}) {
      Difference d = pair.first(k);
      if (d != null) {
        return " after the "
            + k.words().replace(" changed", "")
            + " changed from "
            + or(d.was())
            + " to "
            + or(d.now());
      }
    }
    return "";
  }

  /** Where the latest figure stands against the target, with the polarity. */
  static String position(RatedIndicator r) {
    IndicatorRow row = r.row();
    Figure f = r.ratedOn().reading().figure();
    String at = Figures.shown(f, row.unit()) + " in " + r.ratedOn().period().label();
    String polarity = Figures.polarity(row.polarity());
    if (row.target() == null || row.polarity() == null || row.polarity() == Polarity.NOT_RATED) {
      return at;
    }
    String target = Shown.target(row.target(), row.unit());
    String tol = Figures.toleranceOnly(row.tolerance(), row.unit());
    boolean band = row.target() instanceof Target.Band || row.polarity() == Polarity.WITHIN_RANGE;
    String side = side(r, f);
    String text =
        switch (r.rating()) {
          case GREEN, BLUE ->
              band ? "is within the " + target + " range" : "meets the " + target + " target";
          case AMBER, AMBER_GREEN, AMBER_RED ->
              band
                  ? "is " + side + " the " + target + " range but within the tolerance"
                  : tol.isEmpty() || hasLevels(row)
                      ? "misses the " + target + " target but is within the amber tolerance"
                      : "is within " + tol + " of the " + target + " target";
          case RED ->
              band
                  ? "is " + side + " the " + target + " range, beyond the tolerance"
                  : tol.isEmpty() || hasLevels(row)
                      ? "is " + side + " the " + target + " target, beyond the amber tolerance"
                      : "is more than " + tol + " " + side + " the " + target + " target";
          case GREY -> "is not rated";
        };
    return at + " " + text + (band ? "" : " (" + polarity + ")");
  }

  private static boolean hasLevels(IndicatorRow row) {
    return row.lowerTolerance() != null || row.upperTolerance() != null;
  }

  /** "below" or "above" the target or band, for a figure that misses it. */
  private static String side(RatedIndicator r, Figure f) {
    Target t = r.row().target();
    java.math.BigDecimal v = Figures.at(f, f.decimals());
    java.math.BigDecimal low = t instanceof Target.Band b ? b.low() : ((Target.Point) t).value();
    return v.compareTo(low) < 0 ? "below" : "above";
  }

  /** The move from the previous figure and from a year before, with the direction of travel. */
  private static void movement(RatedIndicator r, StringBuilder sb) {
    IndicatorRow row = r.row();
    List<Observation> figures = row.figures();
    int at = figures.indexOf(r.ratedOn());
    if (at >= 1) {
      Observation prev = figures.get(at - 1);
      Figure p = prev.reading().figure();
      Figure f = r.ratedOn().reading().figure();
      int moved =
          Figures.at(f, Math.max(p.decimals(), f.decimals()))
              .compareTo(Figures.at(p, Math.max(p.decimals(), f.decimals())));
      sb.append("; ")
          .append(noun(row.unit()))
          .append(moved > 0 ? " rose from " : moved < 0 ? " fell from " : " was unchanged from ")
          .append(Figures.shown(p, row.unit()))
          .append(" in ")
          .append(prev.period().label());
      direction(Direction.sincePrevious(r), sb);
    }
    Observation year = Direction.yearBefore(r);
    if (year != null && (at < 1 || year != figures.get(at - 1))) {
      sb.append("; a year before it was ")
          .append(Figures.shown(year.reading().figure(), row.unit()))
          .append(" in ")
          .append(year.period().label());
      direction(Direction.sinceLastYear(r), sb);
    }
  }

  private static void direction(@Nullable Direction d, StringBuilder sb) {
    if (d != null && d != Direction.NO_CHANGE) {
      sb.append(" (").append(d.word().toLowerCase(Locale.ROOT)).append(')');
    }
  }

  private static String noun(@Nullable Unit unit) {
    return switch (unit == null ? Unit.DECIMAL : unit) {
      case PERCENT -> "the rate";
      case COUNT -> "the number";
      case DECIMAL -> "the figure";
    };
  }

  /** The indicator as a reader names it: its id, or its title when it has none. */
  static String name(IndicatorRow row) {
    return row.id() != null && !row.id().isBlank()
        ? row.id().strip()
        : row.title() == null ? "?" : row.title().strip();
  }
}
