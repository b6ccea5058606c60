package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;
import uk.scorecard.model.Column;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Unit;

/** A Change written in the workbook that says what the figures say: direction and amount. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ChangeAgrees.Check.class)
@interface ChangeAgrees {

  /** The rule code. */
  String code() default "change-disagrees";

  String message() default "{scorecard.change-disagrees}";

  Class<?>[] groups() default {};

  /** The severity ({@link Level}), set where used: the spec allows no default. */
  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<ChangeAgrees, CheckedRow> {
    @Override
    public boolean isValid(CheckedRow r, ConstraintValidatorContext ctx) {
      String written = r.row().existingChange();
      String ours = r.rated().change();
      if (written == null || ours == null || ours.isEmpty()) {
        return true;
      }
      ChangeText theirs = ChangeText.parse(written, r.row().polarity());
      ChangeText mine = ChangeText.parse(ours, r.row().polarity());
      if (theirs == null || mine == null || theirs.agrees(mine, r.unit())) {
        return true;
      }
      List<Observation> figures = r.row().figures();
      Observation before = figures.get(figures.size() - 2);
      Observation latest = figures.get(figures.size() - 1);
      return Violation.in(ctx)
          .at(r.cell(Column.CHANGE))
          .with("written", Shown.clip(written))
          .with("change", ours)
          .with("from", shown(before, r.unit()))
          .with("to", shown(latest, r.unit()))
          .add("change-disagrees");
    }

    private static String shown(Observation o, Unit unit) {
      return Shown.figure(o.reading().figure(), unit) + " in " + o.period().label();
    }
  }
}
