package uk.scorecard.rate;

import java.math.BigDecimal;
import uk.scorecard.model.Blue;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;

/**
 * The RAG rule: Green on or beyond the target, Amber within the tolerance, Red beyond it. Explicit
 * lower and upper tolerance levels, when given, replace the tolerance as the Amber limits. Where a
 * workbook rates Blue, a Green at or beyond its Blue threshold is Blue. On the five-point scale the
 * Amber tolerance is split into thirds: Amber/Green, Amber, Amber/Red.
 */
public final class Rag {

  /**
   * What a rating is worked out from; {@code lower}, {@code upper} and {@code blue} may be null (no
   * Blue: a workbook rates Blue only where it says how).
   */
  public record Rule(
      Polarity polarity,
      Target target,
      Tolerance tolerance,
      BigDecimal lower,
      BigDecimal upper,
      Blue blue,
      boolean fivePoint) {

    /** A rule on the RAG scale. */
    public Rule(
        Polarity polarity,
        Target target,
        Tolerance tolerance,
        BigDecimal lower,
        BigDecimal upper,
        Blue blue) {
      this(polarity, target, tolerance, lower, upper, blue, false);
    }

    /** A rule with no Blue. */
    public Rule(
        Polarity polarity, Target target, Tolerance tolerance, BigDecimal lower, BigDecimal upper) {
      this(polarity, target, tolerance, lower, upper, null);
    }
  }

  private Rag() {}

  /**
   * The rating of a value under a rule whose polarity rates and which has a target or band; a Green
   * at or beyond the Blue threshold is Blue.
   */
  public static Rating rate(BigDecimal v, Rule rule) {
    Rating r = rag(v, rule);
    if (r != Rating.GREEN || rule.blue() == null || rule.polarity() == Polarity.WITHIN_RANGE) {
      return r;
    }
    boolean higher = rule.polarity() == Polarity.HIGHER_IS_BETTER;
    BigDecimal target = higher ? low(rule.target()) : high(rule.target());
    BigDecimal blueFrom = rule.blue().threshold(target, rule.polarity());
    return (higher ? v.compareTo(blueFrom) >= 0 : v.compareTo(blueFrom) <= 0) ? Rating.BLUE : r;
  }

  private static Rating rag(BigDecimal v, Rule rule) {
    Tolerance tol = rule.tolerance() == null ? Tolerance.DEFAULT : rule.tolerance();
    return switch (rule.polarity()) {
      case HIGHER_IS_BETTER -> higher(v, low(rule.target()), tol, rule.lower(), rule.fivePoint());
      case LOWER_IS_BETTER -> lower(v, high(rule.target()), tol, rule.upper(), rule.fivePoint());
      case WITHIN_RANGE -> within(v, rule, tol);
      case NOT_RATED -> Rating.GREY;
    };
  }

  private static Rating higher(
      BigDecimal v, BigDecimal target, Tolerance tol, BigDecimal floor, boolean five) {
    if (v.compareTo(target) >= 0) {
      return Rating.GREEN;
    }
    BigDecimal amberFrom = floor != null ? floor : target.subtract(tol.allowance(target));
    if (v.compareTo(amberFrom) < 0) {
      return Rating.RED;
    }
    return five ? third(target.subtract(v), target.subtract(amberFrom)) : Rating.AMBER;
  }

  private static Rating lower(
      BigDecimal v, BigDecimal target, Tolerance tol, BigDecimal ceiling, boolean five) {
    if (v.compareTo(target) <= 0) {
      return Rating.GREEN;
    }
    BigDecimal amberTo = ceiling != null ? ceiling : target.add(tol.allowance(target));
    if (v.compareTo(amberTo) > 0) {
      return Rating.RED;
    }
    return five ? third(v.subtract(target), amberTo.subtract(target)) : Rating.AMBER;
  }

  /**
   * The five-point shade of an Amber {@code miss} short of the target, in a tolerance {@code width}
   * wide: Amber/Green within its first third (inclusive), Amber within the second, Amber/Red in the
   * last, up to and including the amber limit.
   */
  private static Rating third(BigDecimal miss, BigDecimal width) {
    BigDecimal three = BigDecimal.valueOf(3);
    if (width.signum() <= 0) {
      return Rating.AMBER;
    }
    if (miss.multiply(three).compareTo(width) <= 0) {
      return Rating.AMBER_GREEN;
    }
    return miss.multiply(three).compareTo(width.add(width)) <= 0 ? Rating.AMBER : Rating.AMBER_RED;
  }

  private static Rating within(BigDecimal v, Rule rule, Tolerance tol) {
    BigDecimal lo = rule.target() instanceof Target.Band b ? b.low() : rule.lower();
    BigDecimal hi = rule.target() instanceof Target.Band b ? b.high() : rule.upper();
    if (rule.target() instanceof Target.Point p) {
      lo = lo == null ? p.value() : lo;
      hi = hi == null ? p.value() : hi;
    }
    if (v.compareTo(lo) >= 0 && v.compareTo(hi) <= 0) {
      return Rating.GREEN;
    }
    return v.compareTo(lo) < 0
        ? higher(v, lo, tol, null, rule.fivePoint())
        : lower(v, hi, tol, null, rule.fivePoint());
  }

  /** True when the rule has what a rating needs: a target, or a band of levels for a range. */
  public static boolean hasTarget(Rule rule) {
    return rule.target() != null
        || (rule.polarity() == Polarity.WITHIN_RANGE
            && rule.lower() != null
            && rule.upper() != null);
  }

  private static BigDecimal low(Target t) {
    return t instanceof Target.Band b ? b.low() : ((Target.Point) t).value();
  }

  private static BigDecimal high(Target t) {
    return t instanceof Target.Band b ? b.high() : ((Target.Point) t).value();
  }
}
