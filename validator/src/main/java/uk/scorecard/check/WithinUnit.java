package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Unit;

/** A target or tolerance that its unit allows: a percentage from 0 to 100, a count not below 0. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = WithinUnit.Check.class)
@interface WithinUnit {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.TARGET_RANGE;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<WithinUnit, CheckedLimit> {
    @Override
    public boolean isValid(CheckedLimit v, ConstraintValidatorContext ctx) {
      String key = problem(v);
      if (key == null) {
        return true;
      }
      return Violation.in(ctx).with("where", v.label()).with("shown", v.shown()).add(key);
    }

    private static String problem(CheckedLimit v) {
      boolean over100 = v.value().compareTo(CheckedValue.HUNDRED) > 0;
      boolean negative = v.value().signum() < 0;
      if (v.kind() == CheckedLimit.Kind.POINTS) {
        return v.unit() == Unit.PERCENT && over100 ? "target-range.points" : null;
      }
      if (v.unit() == Unit.PERCENT && (over100 || negative)) {
        return "target-range.percent";
      }
      return v.unit() == Unit.COUNT && negative ? "target-range.count" : null;
    }
  }
}
