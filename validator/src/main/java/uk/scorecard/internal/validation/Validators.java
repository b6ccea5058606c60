package uk.scorecard.internal.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Builds a Hibernate Validator for a known set of beans, the one way the project builds one: the
 * provider named outright (no class-path scan), no validation.xml, messages interpolated from
 * parameters only (no Expression Language, so none is on the class path), and only the built-in
 * constraints the beans use, so at start-up Hibernate reflects on those alone.
 */
public final class Validators {

  private Validators() {}

  /** A validator for these beans, which use these built-in constraints (and custom ones). */
  public static Validator of(Set<Class<?>> beans, Set<Class<? extends Annotation>> builtIns) {
    return Validation.byProvider(PredefinedScopeHibernateValidator.class)
        .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
        .configure()
        .builtinConstraints(builtIns.stream().map(Class::getName).collect(Collectors.toSet()))
        .initializeBeanMetaData(beans)
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.UK), Locale.UK, false))
        .defaultLocale(Locale.UK)
        .buildValidatorFactory()
        .getValidator();
  }
}
