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
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Target.Band;

/** Tolerance levels and target bands whose lower level is not above the upper. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = BandInOrder.Check.class)
@interface BandInOrder {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.BAND_BACKWARDS;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<BandInOrder, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      IndicatorRow row = r.row();
      boolean ok = true;
      BigDecimal lower = row.lowerTolerance();
      BigDecimal upper = row.upperTolerance();
      if (lower != null && upper != null && lower.compareTo(upper) > 0) {
        ok =
            Violation.in(ctx)
                .at(r.cell(Column.LOWER_TOLERANCE))
                .with("lower", Shown.number(lower, r.unit()))
                .with("upper", Shown.number(upper, r.unit()))
                .add("band-backwards.levels");
      }
      if (row.target() instanceof Band b && b.low().compareTo(b.high()) > 0) {
        ok =
            Violation.in(ctx)
                .at(r.cell(Column.TARGET))
                .with("target", Shown.target(b, r.unit()))
                .add("band-backwards.target");
      }
      return ok;
    }
  }
}
