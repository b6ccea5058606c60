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
import uk.scorecard.model.Shown;

/** A formula whose result was calculated and saved. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = Calculated.Check.class)
@interface Calculated {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.UNCALCULATED_FORMULA;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<Calculated, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (!(v.reading() instanceof Reading.NoCachedResult n)) {
        return true;
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("formula", Shown.clip(n.formula()))
          .add("uncalculated-formula");
    }
  }
}
