package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Column;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;

/** No figure or numerator beside a denominator of 0. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = DenominatorNotZero.Check.class)
@interface DenominatorNotZero {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.ZERO_DENOMINATOR;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<DenominatorNotZero, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      Figure d = r.denominator();
      if (d == null || d.value().signum() != 0) {
        return true;
      }
      Violation v = Violation.in(ctx).at(r.cell(Column.DENOMINATOR));
      if (r.latest() != null) {
        return v.with("where", r.latest().period().label())
            .with("shown", Shown.figure(r.latest().reading().figure(), r.unit()))
            .add("zero-denominator.figure");
      }
      Figure n = r.numerator();
      if (n == null || n.value().signum() == 0) {
        return true;
      }
      return v.with("numerator", Shown.count(n.value())).add("zero-denominator.numerator");
    }
  }
}
