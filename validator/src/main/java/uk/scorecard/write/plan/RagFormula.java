package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Rating;

/**
 * rate.Rag's rule as Excel formula text over operands written in or read from cells: Green on or
 * beyond the target (Blue at or beyond the Blue threshold), Amber within the tolerance or up to an
 * explicit level (in thirds on the five-point scale), Red beyond; for a range, Green inside the
 * band and Amber within the tolerance either side. Limits and differences are rounded to 10 places,
 * so doubles compare as the engine's decimals do.
 */
final class RagFormula {

  /** Decimal places limits are rounded to; rows whose numbers need more get no formula. */
  static final int PLACES = 10;

  /** A number in a formula; {@code test} is the condition that it is one ("" when written in). */
  record Num(String text, String test) {

    /** A number written in. */
    static Num of(java.math.BigDecimal v) {
      return new Num(v.toPlainString(), "");
    }

    /** This, or {@code other} where this cell holds no number; null when both are absent. */
    static @Nullable Num or(@Nullable Num a, @Nullable Num b) {
      if (a == null || b == null || a.test.isEmpty()) {
        return a == null ? b : a;
      }
      String test = b.test.isEmpty() ? "" : "OR(" + a.test + "," + b.test + ")";
      return new Num("IF(" + a.test + "," + a.text + "," + b.text + ")", test);
    }
  }

  /** The Amber (or Blue) allowance for a target. */
  interface Allowance {
    String at(String target);
  }

  private final String v;
  private final Allowance tolerance;
  private final @Nullable Allowance blueMargin;
  private final @Nullable Num blueLevel;
  private final boolean five;

  /**
   * A rule over the figure {@code v} (rounded as shown); Blue by {@code blueLevel}, else by {@code
   * blueMargin} beyond the target, or not at all when both are null.
   */
  RagFormula(
      String v,
      Allowance tolerance,
      @Nullable Allowance blueMargin,
      @Nullable Num blueLevel,
      boolean five) {
    this.v = v;
    this.tolerance = tolerance;
    this.blueMargin = blueMargin;
    this.blueLevel = blueLevel;
    this.five = five;
  }

  /** Higher is better against target {@code t}, Amber down to {@code floor} (or the tolerance). */
  String higher(@Nullable Num t, @Nullable Num floor) {
    return beyond(t, floor, true);
  }

  /** Lower is better against target {@code t}, Amber up to {@code ceiling} (or the tolerance). */
  String lower(@Nullable Num t, @Nullable Num ceiling) {
    return beyond(t, ceiling, false);
  }

  /** Green on or beyond {@code t} in the better direction, then Amber to the limit, then Red. */
  private String beyond(@Nullable Num t, @Nullable Num level, boolean higher) {
    if (t == null) {
      return q(Rating.GREY);
    }
    String on = higher ? ">=" : "<=";
    String limit = limit(t.text, higher ? "-" : "+", level);
    // How far short of the target, and the Amber width, each the right way round.
    String miss = higher ? t.text + "-" + v : v + "-(" + t.text + ")";
    String width = higher ? t.text + "-(" + limit + ")" : limit + "-(" + t.text + ")";
    String body = iff(v + on + t.text, green(t.text, higher), amber(v + on + limit, miss, width));
    return guarded(body, t);
  }

  /** Within the band {@code lo} to {@code hi} (each the target where absent): no Blue. */
  String within(@Nullable Num lo, @Nullable Num hi) {
    if (lo == null || hi == null) {
      return q(Rating.GREY);
    }
    String below = limit(lo.text, "-", null);
    String above = limit(hi.text, "+", null);
    String body =
        iff(
            "AND(" + v + ">=" + lo.text + "," + v + "<=" + hi.text + ")",
            q(Rating.GREEN),
            iff(
                v + "<" + lo.text,
                amber(v + ">=" + below, lo.text + "-" + v, lo.text + "-(" + below + ")"),
                amber(v + "<=" + above, v + "-(" + hi.text + ")", above + "-(" + hi.text + ")")));
    return guarded(body, lo, hi);
  }

  /** The Amber limit: the level where it is a number, else the target and tolerance. */
  private String limit(String t, String sign, @Nullable Num level) {
    String byTolerance = round(t + sign + tolerance.at(t));
    if (level == null) {
      return byTolerance;
    }
    return level.test.isEmpty()
        ? level.text
        : "IF(" + level.test + "," + level.text + "," + byTolerance + ")";
  }

  /** Green, or Blue at or beyond the Blue threshold. */
  private String green(String t, boolean higher) {
    if (blueLevel == null && blueMargin == null) {
      return q(Rating.GREEN);
    }
    String from =
        blueLevel != null ? blueLevel.text : round(t + (higher ? "+" : "-") + blueMargin.at(t));
    return iff(v + (higher ? ">=" : "<=") + from, q(Rating.BLUE), q(Rating.GREEN));
  }

  /**
   * Amber where {@code within} holds, else Red; on the five-point scale the {@code miss} short of
   * the target against the {@code width} from the target to the Amber limit gives the third.
   */
  private String amber(String within, String miss, String width) {
    String shade = q(Rating.AMBER);
    if (five) {
      String m = round("3*(" + miss + ")");
      shade =
          iff(
              m + "<=" + round(width),
              q(Rating.AMBER_GREEN),
              iff(m + "<=" + round("2*(" + width + ")"), q(Rating.AMBER), q(Rating.AMBER_RED)));
    }
    return iff(within, shade, q(Rating.RED));
  }

  /** The body where every operand read from a cell holds a number, else Grey (no target). */
  private static String guarded(String body, Num... operands) {
    return guarded(body, q(Rating.GREY), operands);
  }

  /** The body where every operand read from a cell holds a number, else {@code otherwise}. */
  static String guarded(String body, String otherwise, Num... operands) {
    List<String> tests = new ArrayList<>();
    for (Num n : operands) {
      if (!n.test.isEmpty()) {
        tests.add(n.test);
      }
    }
    if (tests.isEmpty()) {
      return body;
    }
    String test = tests.size() == 1 ? tests.get(0) : "AND(" + String.join(",", tests) + ")";
    return iff(test, body, otherwise);
  }

  static String round(String x) {
    return "ROUND(" + x + "," + PLACES + ")";
  }

  static String iff(String test, String yes, String no) {
    return "IF(" + test + "," + yes + "," + no + ")";
  }

  static String q(Rating r) {
    return "\"" + r.word() + "\"";
  }
}
