package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.Map;
import uk.scorecard.model.Column;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/**
 * A comparator (England, statistical neighbours...) on the row's scale: not a percentage above 100
 * beside percentages, nor ten times the latest figure or a tenth of it (a rate per 10,000 beside a
 * percentage, a fraction beside counts).
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ComparatorOnScale.Check.class)
@interface ComparatorOnScale {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.COMPARATOR_SCALE;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself: the first comparator off the row's scale is named. */
  final class Check implements ConstraintValidator<ComparatorOnScale, CheckedRow> {
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      if (r.row().comparators().isEmpty() || r.latest() == null) {
        return true;
      }
      Figure f = r.latest().reading().figure();
      for (Map.Entry<Column, BigDecimal> e : r.row().comparators().entrySet()) {
        if (offScale(e.getValue(), f.value(), r.unit())) {
          return Violation.in(ctx)
              .at(r.row().cell(e.getKey()))
              .with("comparator", e.getKey().header())
              .with(
                  "shown",
                  Shown.target(new uk.scorecard.model.Target.Point(e.getValue()), r.unit()))
              .with("where", r.latest().period().label())
              .with("latest", Shown.figure(f, r.unit()))
              .add("comparator-scale");
        }
      }
      return true;
    }

    /** A percentage above 100, or ten times the figure or less than a tenth of it. */
    static boolean offScale(BigDecimal comparator, BigDecimal figure, Unit unit) {
      if (unit == Unit.PERCENT && comparator.compareTo(HUNDRED) > 0) {
        return true;
      }
      BigDecimal a = comparator.abs();
      BigDecimal b = figure.abs();
      if (a.signum() == 0 || b.signum() == 0) {
        return false;
      }
      return a.compareTo(b.multiply(TEN)) >= 0 || b.compareTo(a.multiply(TEN)) >= 0;
    }
  }
}
