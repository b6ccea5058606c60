package uk.scorecard.property;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.scorecard.property.Spec.Band;
import uk.scorecard.property.Spec.Direction;
import uk.scorecard.property.Spec.Empty;
import uk.scorecard.property.Spec.Entry;
import uk.scorecard.property.Spec.Fig;
import uk.scorecard.property.Spec.Goal;
import uk.scorecard.property.Spec.Indicator;
import uk.scorecard.property.Spec.Layout;
import uk.scorecard.property.Spec.Mark;
import uk.scorecard.property.Spec.Measure;
import uk.scorecard.property.Spec.OfficerRag;
import uk.scorecard.property.Spec.Point;
import uk.scorecard.property.Spec.Points;
import uk.scorecard.property.Spec.Relative;
import uk.scorecard.property.Spec.Tol;
import uk.scorecard.property.Spec.Unit;
import uk.scorecard.property.Spec.Units;

/**
 * Draws one indicator row: what it measures, its figures around its target (so Red, Amber and Green
 * all come up), markers and blanks, its polarity, target, tolerance and the officer's own words in
 * the Change, RAG and Caveat cells.
 */
final class IndicatorGen {

  /** Titles whose wording implies no direction, so a blank polarity stays unrated. */
  private static final List<String> PERCENT_TITLES =
      List.of(
          "% of contacts with a decision", "% of assessments authorised by a manager",
          "% of children in care placed with parents", "% of referrals from the police");

  private static final List<String> COUNT_TITLES =
      List.of(
          "Number of children in need",
          "Number of contacts received",
          "Number of child protection plans");
  private static final List<String> DECIMAL_TITLES =
      List.of(
          "Average placement length in months",
          "Rate per 10,000 of children in need",
          "Average age at adoption in years");
  private static final List<String> MARKERS =
      List.of("TBC", "c", "[x]", "N/A", "See Part 2 report");
  private static final List<String> OFFICER_CHANGES =
      List.of("\u2191", "\u2193", "see note", "Up 3pp", "No change");
  private static final List<String> OFFICER_CAVEATS =
      List.of("Reported one month in arrears", "Provisional: data cleanse under way");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IndicatorGen() {}

  /** An indicator for this layout: percentages only under a two-row Number | % header. */
  static Indicator draw(Gen g, Layout layout, String id) {
    Measure m =
        layout.shape().twoRow()
            ? g.oneOf(
                Measure.PERCENT_FORMATTED_0, Measure.PERCENT_FORMATTED_1, Measure.PERCENT_WHOLE)
            : g.oneOf(Measure.values());
    BigDecimal c = centre(g, m.unit);
    // Mostly rated directions, so the oracle has Red, Amber and Green to check, not just Grey.
    Direction d =
        g.oneOf(
            Direction.HIGHER,
            Direction.HIGHER,
            Direction.HIGHER,
            Direction.LOWER,
            Direction.LOWER,
            Direction.LOWER,
            Direction.WITHIN,
            Direction.WITHIN,
            Direction.NOT_RATED,
            Direction.NONE);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < layout.periods().count(); i++) {
      int kind = g.between(0, 9);
      entries.add(
          kind < 7
              ? new Fig(figure(g, m, c))
              : kind < 9 ? new Mark(g.oneOf(MARKERS)) : new Empty());
    }
    var h = layout.headers();
    return new Indicator(
        id,
        m,
        g.oneOf(titles(m.unit)),
        g.orNull(0.15, () -> unitText(g, m.unit)),
        entries,
        d,
        polarityText(g, d),
        g.orNull(0.1, () -> goal(g, m.unit, c, d)),
        layout.shape().toleranceColumn() ? tol(g, m.unit) : null,
        h.change() == null ? null : g.orNull(0.6, () -> g.oneOf(OFFICER_CHANGES)),
        h.rag() == null || g.chance(0.5) ? OfficerRag.NONE : g.oneOf(OfficerRag.values()),
        h.caveat() == null ? null : g.orNull(0.6, () -> g.oneOf(OFFICER_CAVEATS)),
        g.chance(0.5));
  }

  private static List<String> titles(Unit u) {
    return switch (u) {
      case PERCENT -> PERCENT_TITLES;
      case COUNT -> COUNT_TITLES;
      case DECIMAL -> DECIMAL_TITLES;
    };
  }

  private static String unitText(Gen g, Unit u) {
    return switch (u) {
      case PERCENT -> g.oneOf("%", "Percentage");
      case COUNT -> g.oneOf("Number", "No.");
      case DECIMAL -> g.oneOf("Decimal", "Average");
    };
  }

  /** Where the figures and target sit: a percentage, a count or a measure with decimals. */
  private static BigDecimal centre(Gen g, Unit u) {
    return switch (u) {
      case PERCENT -> BigDecimal.valueOf(g.between(40, 95));
      case COUNT -> BigDecimal.valueOf(g.between(10, 300));
      case DECIMAL -> BigDecimal.valueOf(g.between(10, 400), 1);
    };
  }

  /** A figure near the centre, at the precision the measure stores. */
  private static BigDecimal figure(Gen g, Measure m, BigDecimal c) {
    return switch (m) {
      // Hundredths of a percent: shown at 0 or 1 decimals, so rounding as shown is exercised.
      case PERCENT_FORMATTED_0, PERCENT_FORMATTED_1 ->
          c.add(BigDecimal.valueOf(g.between(-2000, 800), 2)).max(BigDecimal.ZERO).min(HUNDRED);
      // Whole percentages of 2 or more, so they can never read as fractions of one.
      case PERCENT_WHOLE ->
          c.add(BigDecimal.valueOf(g.between(-200, 80), 1)).max(BigDecimal.valueOf(2)).min(HUNDRED);
      case COUNT_FORMATTED, COUNT_GENERAL ->
          c.add(BigDecimal.valueOf(g.between(-c.intValue() / 3, c.intValue() / 3)));
      default -> c.add(BigDecimal.valueOf(g.between(-500, 500), 2)).max(BigDecimal.ZERO);
    };
  }

  private static String polarityText(Gen g, Direction d) {
    return switch (d) {
      case HIGHER -> g.oneOf("Higher is better", "Higher");
      case LOWER -> g.oneOf("Lower is better", "Lower");
      case WITHIN -> "Within range";
      case NOT_RATED -> "Not rated";
      case NONE -> null;
    };
  }

  /** A point target at the centre, or a band round it for a range. */
  private static Goal goal(Gen g, Unit u, BigDecimal c, Direction d) {
    if (d != Direction.WITHIN) {
      return new Point(c, g.chance(0.5));
    }
    BigDecimal half =
        switch (u) {
          case PERCENT -> BigDecimal.valueOf(g.between(2, 10));
          case COUNT -> BigDecimal.valueOf(g.between(1, c.intValue() / 4 + 1));
          case DECIMAL -> BigDecimal.valueOf(g.between(5, 30), 1);
        };
    return new Band(c.subtract(half), c.add(half));
  }

  /** A tolerance cell: blank, relative, percentage points (percentages only) or units. */
  private static Tol tol(Gen g, Unit u) {
    BigDecimal amount =
        switch (u) {
          case PERCENT -> BigDecimal.valueOf(g.between(1, 5));
          case COUNT -> BigDecimal.valueOf(g.between(1, 20));
          case DECIMAL -> g.oneOf(BigDecimal.valueOf(5, 1), BigDecimal.ONE, BigDecimal.valueOf(2));
        };
    return switch (g.between(0, 4)) {
      case 0 -> null;
      case 1, 2 -> new Relative(BigDecimal.valueOf(g.oneOf(5, 10, 15, 20)), g.chance(0.5));
      case 3 -> u == Unit.PERCENT ? new Points(amount) : new Units(amount, g.chance(0.5));
      default -> new Units(amount, g.chance(0.5));
    };
  }
}
