package uk.scorecard.check;

import jakarta.validation.Payload;
import java.util.Set;
import uk.scorecard.model.Severity;

/** The default severity of a constraint, carried in its {@code payload}. */
final class Level {

  private Level() {}

  /** An impossible value. */
  interface Error extends Payload {}

  /** A suspicious value. */
  interface Warning extends Payload {}

  /** Something worth saying. */
  interface Info extends Payload {}

  /** The severity a constraint's payload names, or null when it names none. */
  static Severity of(Set<Class<? extends Payload>> payload) {
    if (payload.contains(Error.class)) {
      return Severity.ERROR;
    }
    if (payload.contains(Warning.class)) {
      return Severity.WARNING;
    }
    return payload.contains(Info.class) ? Severity.INFO : null;
  }
}
