package uk.scorecard.check;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Quoted;

/**
 * Adds one violation to a validator's context: the message key, its parameters and, for row rules,
 * the cell it points at. Parameter values are escaped, so cell text is never interpolated.
 */
final class Violation {

  private final HibernateConstraintValidatorContext ctx;

  private Violation(ConstraintValidatorContext ctx) {
    this.ctx = ctx.unwrap(HibernateConstraintValidatorContext.class);
    this.ctx.disableDefaultConstraintViolation();
  }

  /** Starts a violation in this context. */
  static Violation in(ConstraintValidatorContext ctx) {
    return new Violation(ctx);
  }

  /** Points the violation at a cell other than the checked bean's own. */
  Violation at(CellRef cell) {
    ctx.withDynamicPayload(cell);
    return this;
  }

  /** Sets a message parameter, {@code {name}} in the template; text is capped ({@link Quoted}). */
  Violation with(String name, Object value) {
    ctx.addMessageParameter(name, Quoted.cap(value));
    return this;
  }

  /**
   * Adds the violation with the message {@code scorecard.<key>}; returns false for the validator.
   */
  boolean add(String key) {
    ctx.buildConstraintViolationWithTemplate("{scorecard." + key + "}").addConstraintViolation();
    return false;
  }
}
