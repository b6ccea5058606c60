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
import java.math.MathContext;
import java.math.RoundingMode;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/** A latest percentage that its numerator and denominator give, to the rounding shown. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = MatchesFraction.Check.class)
@interface MatchesFraction {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.PERCENT_MISMATCH;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<MatchesFraction, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      Figure n = r.numerator();
      Figure d = r.denominator();
      if (r.unit() != Unit.PERCENT
          || n == null
          || d == null
          || r.latest() == null
          || d.value().signum() <= 0
          || n.value().signum() < 0
          || n.value().compareTo(d.value()) > 0) {
        return true;
      }
      Figure f = r.latest().reading().figure();
      int decimals = Math.max(0, f.decimals());
      BigDecimal shown = f.value().setScale(decimals, RoundingMode.HALF_UP);
      BigDecimal exact =
          n.value().multiply(CheckedValue.HUNDRED).divide(d.value(), MathContext.DECIMAL64);
      BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
      if (exact.subtract(shown).abs().compareTo(half) <= 0) {
        return true;
      }
      return Violation.in(ctx)
          .at(r.latest().cell())
          .with("where", r.latest().period().label())
          .with("shown", Shown.figure(f, Unit.PERCENT))
          .with("numerator", Shown.count(n.value()))
          .with("denominator", Shown.count(d.value()))
          .with("expected", exact.setScale(Math.max(1, decimals), RoundingMode.HALF_UP) + "%")
          .add("percent-mismatch");
    }
  }
}
