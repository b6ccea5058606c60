package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A number stored as a number, not as text. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = NumberNotText.Check.class)
@interface NumberNotText {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.TEXT_NUMBER;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<NumberNotText, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (v.figure() == null || !v.figure().storedAsText()) {
        return true;
      }
      return Violation.in(ctx).with("where", v.label()).with("shown", v.shown()).add("text-number");
    }
  }
}
