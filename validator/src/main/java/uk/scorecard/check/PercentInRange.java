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

/** A percentage from 0% to 100%. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PercentInRange.Check.class)
@interface PercentInRange {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.PERCENT_RANGE;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<PercentInRange, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (v.figure() == null || !v.isPercent()) {
        return true;
      }
      BigDecimal value = v.figure().value();
      if (value.signum() >= 0 && value.compareTo(CheckedValue.HUNDRED) <= 0) {
        return true;
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("shown", v.shown())
          .add(value.signum() < 0 ? "percent-range.below" : "percent-range.above");
    }
  }
}
