package uk.scorecard;

import uk.scorecard.rules.Rules;

/**
 * How to check and rate: the rules (from a rules file, or none), whether to add live conditional
 * formatting to the RAG column, and whether to apply the stricter checks for publication.
 */
public record Options(Rules rules, boolean live, boolean publish) {

  /** No rules file, no live formatting, not for publication. */
  public static final Options DEFAULT = new Options(Rules.NONE, false, false);

  public Options {
    rules = rules == null ? Rules.NONE : rules;
  }

  /** These options with other rules. */
  public Options withRules(Rules r) {
    return new Options(r, live, publish);
  }
}
