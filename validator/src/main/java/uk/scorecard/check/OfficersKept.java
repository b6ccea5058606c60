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
import uk.scorecard.rate.RatedIndicator;

/**
 * A Change or RAG cell the officer filled with words we do not write (an arrow, "see note",
 * Blue where we do not rate Blue, a formula): kept as it is. When its words cannot be compared
 * with ours ("see note"), this says what we would have written; words that can are compared by
 * {@link ChangeAgrees} and {@link RagAgrees}, which warn only when they disagree.
 */
@java.lang.annotation.Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = OfficersKept.Check.class)
@interface OfficersKept {

  /** The rule code. */
  String code() default "officer-value-kept";

  String message() default "{scorecard.officer-value-kept}";

  Class<?>[] groups() default {};

  /** The severity ({@link Level}), set where used: the spec allows no default. */
  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<OfficersKept, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      RatedIndicator rated = r.rated();
      IndicatorRow row = r.row();
      boolean ok = true;
      if (!rated.writesChange() && !rated.change().isEmpty() && row.existingChange() != null
          && ChangeText.parse(row.existingChange(), row.polarity()) == null) {
        ok = kept(ctx, r, Column.CHANGE, row.existingChange(), rated.change());
      }
      if (!rated.writesRag() && row.existingRag() != null
          && Rating.parse(row.existingRag()) == null) {
        ok &= kept(ctx, r, Column.RAG, row.existingRag(), rated.rating().word());
      }
      return ok;
    }

    private static boolean kept(ConstraintValidatorContext ctx, CheckedRow r, Column c,
        String written, String ours) {
      boolean formula = r.row().formulaCells().contains(c);
      return Violation.in(ctx)
          .at(r.cell(c))
          .with("column", c.header())
          .with("written", formula ? "a formula" : "\"" + Shown.clip(written) + "\"")
          .with("ours", ours)
          .add("officer-value-kept");
    }
  }
}
