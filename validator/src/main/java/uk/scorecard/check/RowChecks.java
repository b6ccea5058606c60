package uk.scorecard.check;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.math.BigDecimal;
import java.util.Set;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import uk.scorecard.internal.validation.Validators;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Unit;

/**
 * Runs the row and cell rules, which are Bean Validation constraints on {@link CheckedRow}, and
 * turns each violation into a finding. The validator is built once, on first use, and shared.
 */
final class RowChecks {

  private static final Class<?>[] DEFAULT = {Default.class};
  private static final Class<?>[] PUBLISH = {Default.class, Publish.class};

  private RowChecks() {}

  /** The validator, built on first use; thread-safe. */
  static Validator validator() {
    return Holder.VALIDATOR;
  }

  /**
   * Builds the validator and its constraints for our beans on a background thread, so a short run
   * (one workbook from the command line) overlaps Hibernate's start with argument parsing and
   * reading instead of waiting for it. It then checks one made-up negative percentage, which loads
   * the message bundles and makes the cell rules' validators there too.
   */
  static void prepareInBackground() {
    Thread t =
        new Thread(
            () -> {
              try {
                validator().getConstraintsForClass(CheckedRow.class);
                validator().getConstraintsForClass(CheckedValue.class);
                validator().getConstraintsForClass(CheckedLimit.class);
                validator()
                    .validate(
                        new CheckedValue(
                            new CellRef("", 0, 0),
                            "",
                            Unit.PERCENT,
                            new Figure(BigDecimal.ONE.negate(), 0, true, false),
                            CheckedValue.Role.PERIOD));
              } catch (RuntimeException | ExceptionInInitializerError e) {
                // Only a head start: the first real check meets the same failure and reports it.
              }
            },
            "bean-validation-start");
    t.setDaemon(true);
    t.start();
  }

  /** Adds every row and cell finding of one row. */
  static void check(CheckedRow row, boolean publish, Findings out) {
    for (ConstraintViolation<CheckedRow> v :
        validator().validate(row, publish ? PUBLISH : DEFAULT)) {
      out.add(finding(v));
    }
  }

  private static Finding finding(ConstraintViolation<?> v) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    Rule rule = (Rule) d.getAttributes().get("rule");
    HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
    CellRef at = hv.getDynamicPayload(CellRef.class);
    if (at == null) {
      at = ((Located) v.getLeafBean()).cell();
    }
    return Finding.at(at, rule.severity(), rule.code(), v.getMessage());
  }

  /**
   * Holds the validator, so Hibernate starts only when a row is first checked. No validation.xml is
   * read, and messages are interpolated without Expression Language: parameters only.
   */
  private static final class Holder {
    // Our three beans and none of the built-in constraints, which they do not use.
    static final Validator VALIDATOR =
        Validators.of(Set.of(CheckedRow.class, CheckedValue.class, CheckedLimit.class), Set.of());
  }
}
