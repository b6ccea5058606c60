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
import java.math.RoundingMode;
import java.util.regex.Pattern;
import uk.scorecard.model.Column;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/** A percentage's denominator large enough that one case moves it by less than 10 points. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = SmallDenominator.Check.class)
@interface SmallDenominator {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.SMALL_DENOMINATOR;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<SmallDenominator, CheckedRow> {
    /** Words in a caveat that already warn of small numbers. */
    private static final Pattern SMALL =
        Pattern.compile("small|denominator|cohort|single (child|case)", Pattern.CASE_INSENSITIVE);

    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      Figure d = r.denominator();
      if (r.unit() != Unit.PERCENT
          || d == null
          || d.value().signum() <= 0
          || d.value().compareTo(BigDecimal.TEN) > 0
          || caveated(r.row().existingCaveat())) {
        return true;
      }
      BigDecimal points = CheckedValue.HUNDRED.divide(d.value(), 1, RoundingMode.HALF_UP);
      return Violation.in(ctx)
          .at(r.cell(Column.DENOMINATOR))
          .with("denominator", Shown.count(d.value()))
          .with("points", Shown.count(points) + "pp")
          .add("small-denominator");
    }

    /** True when the officer's caveat already warns of small numbers. */
    private static boolean caveated(String caveat) {
      return caveat != null && SMALL.matcher(caveat).find();
    }
  }
}
