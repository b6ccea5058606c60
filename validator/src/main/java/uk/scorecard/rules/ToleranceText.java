package uk.scorecard.rules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import uk.scorecard.model.RuleText;

/** A tolerance we can read: {@code 10%} (of the target), {@code 5pp}, or a number of units. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ToleranceText.Check.class)
@interface ToleranceText {
  String message() default "is not a tolerance: write 10% (of the target), 5pp or a number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts null (not given) and any text {@link RuleText#tolerance} reads. */
  final class Check implements ConstraintValidator<ToleranceText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || RuleText.tolerance(value) != null;
    }
  }
}
