package uk.scorecard.check;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

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

  /** Adds every row and cell finding of one row. */
  static void check(CheckedRow row, boolean publish, Findings out) {
    for (ConstraintViolation<CheckedRow> v :
        validator().validate(row, publish ? PUBLISH : DEFAULT)) {
      out.add(finding(v));
    }
  }

  private static Finding finding(ConstraintViolation<?> v) {
    ConstraintDescriptor<?> d = v.getConstraintDescriptor();
    String code = (String) d.getAttributes().get("code");
    HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
    CellRef at = hv.getDynamicPayload(CellRef.class);
    if (at == null) {
      at = ((Located) v.getLeafBean()).cell();
    }
    Severity s = Level.of(d.getPayload());
    if (s == null) {
      s = RuleCatalogue.find(code).orElseThrow().severity();
    }
    return Finding.at(at, s, code, v.getMessage());
  }

  /**
   * Holds the validator, so Hibernate starts only when a row is first checked. No validation.xml is
   * read, and messages are interpolated without Expression Language: parameters only.
   */
  private static final class Holder {
    static final Validator VALIDATOR =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .ignoreXmlConfiguration()
            .messageInterpolator(
                new ParameterMessageInterpolator(Set.of(Locale.UK), Locale.UK, false))
            .defaultLocale(Locale.UK)
            .buildValidatorFactory()
            .getValidator();
  }
}
