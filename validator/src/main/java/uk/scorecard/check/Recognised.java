package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Reading;

/** A figure cell holding a number, a recognised marker or nothing. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = Recognised.Check.class)
@interface Recognised {

  /** The rule code. */
  String code() default "not-a-figure";

  String message() default "{scorecard.not-a-figure}";

  Class<?>[] groups() default {};

  /** The severity ({@link Level}), set where used: the spec allows no default. */
  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<Recognised, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (!(v.reading() instanceof Reading.Other o)) {
        return true;
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("text", Shown.clip(o.text()))
          .add("not-a-figure");
    }
  }
}
