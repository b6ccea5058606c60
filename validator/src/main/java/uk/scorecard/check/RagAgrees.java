package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import uk.scorecard.model.Column;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Target;
import uk.scorecard.model.Unit;

/** A RAG written in the workbook that is the rating the figures give. */
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = RagAgrees.Check.class)
@interface RagAgrees {

  /** The rule code. */
  String code() default "rag-disagrees";

  String message() default "{scorecard.rag-disagrees}";

  Class<?>[] groups() default {};

  /** The severity ({@link Level}), set where used: the spec allows no default. */
  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<RagAgrees, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      String written = r.row().existingRag();
      Rating ours = r.rated().rating();
      if (written == null || ours == Rating.GREY || r.latest() == null) {
        return true;
      }
      Rating theirs = Rating.parse(written);
      // An officer's Blue (BRAG) where we do not rate Blue agrees with Green: beyond the target.
      boolean blueOnTarget = theirs == Rating.BLUE && ours == Rating.GREEN;
      if (theirs == null || theirs == ours || blueOnTarget) {
        return true;
      }
      return Violation.in(ctx)
          .at(r.cell(Column.RAG))
          .with("written", Shown.clip(written))
          .with("rating", ours.word())
          .with("where", r.latest().period().label())
          .with("shown", Shown.figure(r.latest().reading().figure(), r.unit()))
          .with("target", target(r.row()))
          .add("rag-disagrees");
    }

    /** The target as shown, or the band of levels a within-range indicator is rated on. */
    private static String target(IndicatorRow row) {
      Unit u = row.unit();
      Target t = row.target();
      return t != null
          ? Shown.target(t, u)
          : Shown.number(row.lowerTolerance(), u) + " to " + Shown.number(row.upperTolerance(), u);
    }
  }
}
