package uk.scorecard.check;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import uk.scorecard.model.Reading;

/** No Excel error value where a figure should be. */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = NoExcelError.Check.class)
@interface NoExcelError {

  /** The rule code. */
  String code() default "excel-error";

  String message() default "{scorecard.excel-error}";

  Class<?>[] groups() default {};

  /** The severity ({@link Level}), set where used: the spec allows no default. */
  Class<? extends Payload>[] payload() default {};

  /** The check itself. */
  final class Check implements ConstraintValidator<NoExcelError, CheckedValue> {
    @Override
    public boolean isValid(CheckedValue v, ConstraintValidatorContext ctx) {
      if (!(v.reading() instanceof Reading.ExcelError e)) {
        return true;
      }
      return Violation.in(ctx).with("where", v.label()).with("error", e.code()).add("excel-error");
    }
  }
}
