package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Column;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/** A percentage indicator's numerator no larger than its denominator. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = NumeratorWithinDenominator.Check.class)
@interface NumeratorWithinDenominator {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.NUMERATOR_ABOVE_DENOMINATOR;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<NumeratorWithinDenominator, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      Figure n = r.numerator();
      Figure d = r.denominator();
      if (r.unit() != Unit.PERCENT
          || n == null
          || d == null
          || d.value().signum() <= 0
          || n.value().compareTo(d.value()) <= 0) {
        return true;
      }
      return Violation.in(ctx)
          .at(r.cell(Column.NUMERATOR))
          .with("numerator", Shown.count(n.value()))
          .with("denominator", Shown.count(d.value()))
          .add("numerator-above-denominator");
    }
  }
}
