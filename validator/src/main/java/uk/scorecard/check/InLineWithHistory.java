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
import java.util.List;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Unit;

/** A latest figure within the indicator's usual range, judged by its earlier figures. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = InLineWithHistory.Check.class)
@interface InLineWithHistory {

  /** The rule: its code, default severity and message all come from it. */
  Rule rule() default Rule.VALUE_JUMP;

  /** Unused: each violation names its own message, from the rule's code. */
  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<InLineWithHistory, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      Observation latest = r.latest();
      List<Observation> figures = r.row().figures();
      if (latest == null || figures.size() <= History.MIN_HISTORY || impossible(r, latest)) {
        return true;
      }
      Figure f = latest.reading().figure();
      List<BigDecimal> earlier =
          figures.subList(0, figures.size() - 1).stream()
              .map(o -> o.reading().figure().value())
              .toList();
      History h = History.of(earlier, r.unit(), f.decimals());
      if (!h.far(f.value())) {
        return true;
      }
      int decimals = Math.max(0, f.decimals());
      return Violation.in(ctx)
          .at(latest.cell())
          .with("where", latest.period().label())
          .with("shown", Shown.figure(f, r.unit()))
          .with("count", h.count())
          .with("median", Shown.number(round(h.median(), decimals), r.unit()))
          .with(
              "spread",
              Shown.count(round(h.spread(), decimals)) + (r.unit() == Unit.PERCENT ? "pp" : ""))
          .add("value-jump");
    }

    /** A figure another rule already calls impossible is not also called unusual. */
    private static boolean impossible(CheckedRow r, Observation o) {
      BigDecimal v = o.reading().figure().value();
      return v.signum() < 0 && r.unit() != Unit.DECIMAL
          || r.unit() == Unit.PERCENT && v.compareTo(CheckedValue.HUNDRED) > 0;
    }

    private static BigDecimal round(double d, int decimals) {
      return BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP);
    }
  }
}
