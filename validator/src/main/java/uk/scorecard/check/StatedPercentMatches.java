package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Reading.Stated;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/** A cell that gives a count, its denominator and its percentage ("50 out of 91, 55%") agrees. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = StatedPercentMatches.Check.class)
@interface StatedPercentMatches {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.PERCENT_MISMATCH;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<StatedPercentMatches, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      Stated s = v.figure() == null ? null : v.figure().stated();
      // A count above its own denominator is count-above-cohort's to say.
      if (s == null || s.of() == null || s.of().signum() <= 0 || s.count().compareTo(s.of()) > 0) {
        return true;
      }
      String expected =
          MatchesFraction.Check.expected(s.count(), s.of(), s.percent(), s.percentDecimals());
      if (expected == null) {
        return true;
      }
      return Violation.in(ctx)
          .with("where", v.label())
          .with("shown", Shown.number(s.percent(), Unit.PERCENT))
          .with("numerator", Shown.count(s.count()))
          .with("denominator", Shown.count(s.of()))
          .with("expected", expected)
          .add("percent-mismatch.stated");
    }
  }
}
