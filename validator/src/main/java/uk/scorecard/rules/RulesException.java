package uk.scorecard.rules;

/** A rules file that cannot be used; the message names the file, the key and what is wrong. */
public final class RulesException extends Exception {

  public RulesException(String message) {
    super(message);
  }

  public RulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
