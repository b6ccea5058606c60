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
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Column;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/**
 * A latest percentage that its numerator and denominator give, to the rounding shown; or, for a
 * count written with its percentage ("9 (3.1%)"), the percentage the Denominator beside it gives.
 */
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
      Figure d = r.denominator();
      if (r.latest() == null || d == null || d.value().signum() <= 0) {
        return true;
      }
      Figure f = r.latest().reading().figure();
      if (f.stated() != null) {
        return stated(r, f, d, ctx);
      }
      Figure n = r.numerator();
      if (r.unit() != Unit.PERCENT
          || n == null
          || n.value().signum() < 0
          || n.value().compareTo(d.value()) > 0) {
        return true;
      }
      String expected = expected(n.value(), d.value(), f.value(), f.decimals());
      if (expected == null) {
        return true;
      }
      return Violation.in(ctx)
          .at(r.latest().cell())
          .with("where", r.latest().period().label())
          .with("shown", Shown.figure(f, Unit.PERCENT))
          .with("numerator", Shown.count(n.value()))
          .with("denominator", Shown.count(d.value()))
          .with("expected", expected)
          .add("percent-mismatch");
    }

    /** "9 (3.1%)" in the latest period, held against the Denominator beside it. */
    private static boolean stated(
        CheckedRow r, Figure f, Figure d, ConstraintValidatorContext ctx) {
      Reading.Stated s = f.stated();
      if (s.of() != null
          || s.count().compareTo(d.value()) > 0
          || !r.row().layout().has(Column.DENOMINATOR)) {
        return true;
      }
      String expected = expected(s.count(), d.value(), s.percent(), s.percentDecimals());
      if (expected == null) {
        return true;
      }
      return Violation.in(ctx)
          .at(r.latest().cell())
          .with("where", r.latest().period().label())
          .with("shown", Shown.number(s.percent(), Unit.PERCENT))
          .with("numerator", Shown.count(s.count()))
          .with("denominator", Shown.count(d.value()))
          .with("other", r.cell(Column.DENOMINATOR).a1())
          .with("expected", expected)
          .add("percent-mismatch.beside");
    }

    /**
     * What {@code n} of {@code d} is, as a percentage to at least one place, when the percentage
     * shown at {@code decimals} places is further from it than its rounding allows; else null.
     */
    static @Nullable String expected(
        BigDecimal n, BigDecimal d, BigDecimal shownPercent, int decimals) {
      int places = Math.max(0, decimals);
      BigDecimal shown = shownPercent.setScale(places, RoundingMode.HALF_UP);
      BigDecimal exact = n.multiply(CheckedValue.HUNDRED).divide(d, MathContext.DECIMAL64);
      BigDecimal half = BigDecimal.ONE.movePointLeft(places).divide(BigDecimal.valueOf(2));
      if (exact.subtract(shown).abs().compareTo(half) <= 0) {
        return null;
      }
      return exact.setScale(Math.max(1, places), RoundingMode.HALF_UP) + "%";
    }
  }
}
