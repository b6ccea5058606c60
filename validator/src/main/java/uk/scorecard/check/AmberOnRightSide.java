package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.math.BigDecimal;
import java.util.Locale;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Target;

/** Amber thresholds on the side of the target that the polarity makes amber. */
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = AmberOnRightSide.Check.class)
@interface AmberOnRightSide {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.AMBER_WRONG_SIDE;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<AmberOnRightSide, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      IndicatorRow row = r.row();
      Polarity p = row.polarity();
      if (p == null || row.target() == null || p == Polarity.NOT_RATED) {
        return true;
      }
      boolean ok = true;
      Target t = row.target();
      boolean point = t instanceof Target.Point;
      BigDecimal floor = row.lowerTolerance();
      if (floor != null
          && (p == Polarity.HIGHER_IS_BETTER || p == Polarity.WITHIN_RANGE && point)
          && floor.compareTo(low(t)) > 0) {
        ok = report(ctx, r, Column.LOWER_TOLERANCE, floor, "amber-wrong-side.floor");
      }
      BigDecimal ceiling = row.upperTolerance();
      if (ceiling != null
          && (p == Polarity.LOWER_IS_BETTER || p == Polarity.WITHIN_RANGE && point)
          && ceiling.compareTo(high(t)) < 0) {
        ok = report(ctx, r, Column.UPPER_TOLERANCE, ceiling, "amber-wrong-side.ceiling");
      }
      return ok;
    }

    private static boolean report(
        ConstraintValidatorContext ctx, CheckedRow r, Column c, BigDecimal level, String key) {
      return Violation.in(ctx)
          .at(r.cell(c))
          .with("level", Shown.number(level, r.unit()))
          .with("target", Shown.target(r.row().target(), r.unit()))
          .with("polarity", r.row().polarity().label().toLowerCase(Locale.ROOT))
          .add(key);
    }

    private static BigDecimal low(Target t) {
      return t instanceof Target.Band b ? b.low() : ((Target.Point) t).value();
    }

    private static BigDecimal high(Target t) {
      return t instanceof Target.Band b ? b.high() : ((Target.Point) t).value();
    }
  }
}
