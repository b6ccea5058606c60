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

/** A Blue margin we can read: {@code 5% beyond target}, {@code 2pp}, or a number of units. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = BlueText.Check.class)
@interface BlueText {
  String message() default
      "is not a Blue margin: write 5% beyond target, 2pp beyond target or a number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Accepts null (not given) and any text {@link RuleText#blueMargin} reads. */
  final class Check implements ConstraintValidator<BlueText, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || RuleText.blueMargin(value) != null;
    }
  }
}
