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

/** A target we can read: {@code 95%}, {@code 20}, or a band such as {@code 8% to 12%}. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TargetText.Check.class)
@interface TargetText {
  String message() default "is not a target: write 95%, 20 or a band such as 8% to 12%";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts null (not given) and any text {@link RuleText#target} reads. */
  final class Check implements ConstraintValidator<TargetText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || RuleText.target(value) != null;
    }
  }
}
