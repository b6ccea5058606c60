package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/** A count of people or cases that is a whole number. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = WholeCount.Check.class)
@interface WholeCount {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.FRACTIONAL_COUNT;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

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
