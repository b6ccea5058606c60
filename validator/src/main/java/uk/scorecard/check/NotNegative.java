package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A count, numerator or denominator that is not negative. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = NotNegative.Check.class)
@interface NotNegative {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.NEGATIVE_COUNT;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<NotNegative, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (v.figure() == null || !v.isCount() || v.figure().value().signum() >= 0) {
        return true;
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("shown", v.shown())
          .add("negative-count");
    }
  }
}
