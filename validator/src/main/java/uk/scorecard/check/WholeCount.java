package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Unit;

/** A count of people or cases that is a whole number. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = WholeCount.Check.class)
@interface WholeCount {

  /** The rule code. */
  String code() default "fractional-count";

  String message() default "{scorecard.fractional-count}";

  Class<?>[] groups() default {};

  /** The severity ({@link Level}), set where used: the spec allows no default. */
  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<WholeCount, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (v.figure() == null
          || v.role() != CheckedValue.Role.PERIOD
          || v.unit() != Unit.COUNT
          || CheckedValue.whole(v.figure().value())) {
        return true;
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("value", Shown.count(v.figure().value()))
          .add("fractional-count");
    }
  }
}
