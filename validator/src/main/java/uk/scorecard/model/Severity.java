package uk.scorecard.model;

import java.util.Locale;

/** How much a finding matters: errors are impossible values, warnings suspicious ones. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** The lower-case word used in reports: {@code error}, {@code warning}, {@code info}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
