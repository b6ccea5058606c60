package uk.scorecard;

import org.jspecify.annotations.Nullable;
import uk.scorecard.rules.Rules;

/**
 * How to check and rate: the rules (from a rules file, or none), whether to add live conditional
 * formatting to the RAG column, whether to apply the stricter checks for publication, and last
 * month's workbook to compare with ({@code since}, or null), read under the same rules.
 */
public record Options(Rules rules, boolean live, boolean publish, @Nullable Input since) {

  /** No rules file, no live formatting, not for publication. */
  public static final Options DEFAULT = new Options(Rules.NONE, false, false);

  public Options {
    rules = rules == null ? Rules.NONE : rules;
  }

  /** Options with no workbook to compare with. */
  public Options(Rules rules, boolean live, boolean publish) {
    this(rules, live, publish, null);
  }

  /** These options with other rules. */
  public Options withRules(Rules r) {
    return new Options(r, live, publish, since);
  }

  /** These options with live ratings (formulas that keep rating as the officer types) or not. */
  public Options withLive(boolean on) {
    return new Options(rules, on, publish, since);
  }

  /** These options comparing with last month's workbook. */
  public Options since(Input last) {
    return new Options(rules, live, publish, last);
  }
}
