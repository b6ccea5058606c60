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
import java.util.List;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/** A percentage row whose plain figures are all fractions (0.85) or all whole percentages (87). */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = OneScale.Check.class)
@interface OneScale {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.MIXED_SCALE;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<OneScale, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      if (r.unit() != Unit.PERCENT) {
        return true;
      }
      List<Observation> figures = r.row().figures();
      List<Observation> whole = figures.stream().filter(o -> !fraction(o)).toList();
      if (whole.isEmpty() || whole.size() == figures.size()) {
        return true;
      }
      double[] values =
          whole.stream()
              .mapToDouble(o -> o.reading().figure().value().doubleValue())
              .sorted()
              .toArray();
      double median = values[values.length / 2];
      for (Observation o : figures) {
        double v = o.reading().figure().value().doubleValue();
        if (fraction(o) && Math.abs(100 * v - median) < Math.abs(v - median)) {
          Observation other = whole.get(whole.size() - 1);
          BigDecimal raw = o.reading().figure().value();
          return Violation.in(ctx)
              .at(o.cell())
              .with("where", o.period().label())
              .with("raw", Shown.count(raw))
              .with("scaled", Shown.count(raw.movePointRight(2)) + "%")
              .with("otherWhere", other.period().label())
              .with("other", Shown.figure(other.reading().figure(), Unit.PERCENT))
              .add("mixed-scale");
        }
      }
      return true;
    }

    /** A plain figure between -1 and 1 with decimals: 0.85, not 85% or 1. */
    private static boolean fraction(Observation o) {
      Figure f = o.reading().figure();
      return !f.percentFormatted()
          && f.value().abs().compareTo(BigDecimal.ONE) <= 0
          && f.value().stripTrailingZeros().scale() > 0;
    }
  }
}
