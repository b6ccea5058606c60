package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;

/**
 * No zero as the latest figure of a lower-is-better repeat measure, which suggests under-recording.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = NotZeroRepeat.Check.class)
@interface NotZeroRepeat {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.ZERO_REPEAT;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<NotZeroRepeat, CheckedRow> {
    /** Titles of repeat measures: re-referrals, repeat plans, second or subsequent plans. */
    private static final Pattern REPEAT =
        Pattern.compile(
            "re-?referr|of a previous referral|\\brepeat|second or subsequent",
            Pattern.CASE_INSENSITIVE);

    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      if (r.row().polarity() != Polarity.LOWER_IS_BETTER
          || r.latest() == null
          || r.row().title() == null
          || !REPEAT.matcher(r.row().title()).find()) {
        return true;
      }
      Figure f = r.latest().reading().figure();
      if (f.value().signum() != 0) {
        return true;
      }
      return Violation.in(ctx)
          .at(r.latest().cell())
          .with("where", r.latest().period().label())
          .with("shown", Shown.figure(f, r.unit()))
          .add("zero-repeat");
    }
  }
}
