package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Locale;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Shown;
import uk.scorecard.model.WrittenNumber;

/** A figure cell holding a number, a recognised marker or nothing. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = Recognised.Check.class)
@interface Recognised {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.NOT_A_FIGURE;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<Recognised, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (!(v.reading() instanceof Reading.Other o)) {
        return true;
      }
      int digits = WrittenNumber.excessInText(o.text());
      if (digits > 0) {
        return Violation.in(ctx)
            .with("where", v.label())
            .with("digits", String.format(Locale.UK, "%,d", digits))
            .with("most", WrittenNumber.MAX_SIGNIFICANT)
            .add("not-a-figure.digits");
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("text", Shown.clip(o.text()))
          .add("not-a-figure");
    }
  }
}
