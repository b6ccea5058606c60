package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.math.MathContext;
import java.util.Locale;
import uk.scorecard.model.Column;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.model.Unit;

/**
 * A percentage indicator's tolerance that says whether it is in points or a share of the target.
 */
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = UnambiguousTolerance.Check.class)
@interface UnambiguousTolerance {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.AMBIGUOUS_TOLERANCE;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<UnambiguousTolerance, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      if (!r.toleranceWritten()
          || r.unit() != Unit.PERCENT
          || !(r.row().tolerance() instanceof Tolerance.Relative rel)
          || r.row().toleranceText().toLowerCase(Locale.ROOT).contains("of")) {
        return true;
      }
      String points = Shown.count(rel.percent());
      Violation v =
          Violation.in(ctx)
              .at(r.cell(Column.TOLERANCE))
              .with("tolerance", points + "%")
              .with("points", points + "pp");
      if (!(r.row().target() instanceof Target.Point t)) {
        return v.add("ambiguous-tolerance");
      }
      String allowance = Shown.count(rel.allowance(t.value()).round(new MathContext(3)));
      return v.with("allowance", allowance + "pp")
          .with("target", Shown.number(t.value(), Unit.PERCENT))
          .add("ambiguous-tolerance.target");
    }
  }
}
