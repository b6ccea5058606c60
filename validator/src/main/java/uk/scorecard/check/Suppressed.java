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

/** For publication, no count from 1 to 5 left unsuppressed. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = Suppressed.Check.class)
@interface Suppressed {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.UNSUPPRESSED_SMALL_COUNT;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<Suppressed, CheckedValue> {
    /** The largest count that must be suppressed. */
    private static final BigDecimal MOST = BigDecimal.valueOf(5);

    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (v.figure() == null || !v.isCount()) {
        return true;
      }
      BigDecimal value = v.figure().value();
      if (value.compareTo(BigDecimal.ONE) < 0
          || value.compareTo(MOST) > 0
          || !CheckedValue.whole(value)) {
        return true;
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("shown", v.shown())
          .add("unsuppressed-small-count");
    }
  }
}
