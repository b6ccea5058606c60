package uk.scorecard;

import org.jspecify.annotations.Nullable;
import uk.scorecard.rules.Rules;

/**
 * How to check and rate: the rules (from a rules file, or none), whether to write live ratings
 * (formulas and conditional formatting; {@code live}), whether to apply the stricter checks for
 * publication, last month's workbook to compare with ({@code since}, or null), read under the same
 * rules, and whether to write values even into a workbook that is already live ({@code noLive}).
 */
public record Options(
    Rules rules, boolean live, boolean publish, @Nullable Input since, boolean noLive) {

  /** No rules file, no live formatting, not for publication. */
  public static final Options DEFAULT = new Options(Rules.NONE, false, false);

  public Options {
    rules = rules == null ? Rules.NONE : rules;
  }

  /** Options that keep a live workbook live. */
  public Options(Rules rules, boolean live, boolean publish, @Nullable Input since) {
    this(rules, live, publish, since, false);
  }

  /** Options with no workbook to compare with. */
  public Options(Rules rules, boolean live, boolean publish) {
    this(rules, live, publish, null);
  }

  /** These options with other rules. */
  public Options withRules(Rules r) {
    return new Options(r, live, publish, since, noLive);
  }

  /** These options with live ratings (formulas that keep rating as the officer types) or not. */
  public Options withLive(boolean on) {
    return new Options(rules, on, publish, since, noLive);
  }

  /** These options writing values, even into a workbook that is already live (--no-live). */
  public Options withoutLive() {
    return new Options(rules, false, publish, since, true);
  }

  /**
   * Whether rating writes live ratings: when asked, and into a workbook that is already live (it
   * has our helper columns) unless told not to, so rating it again does not turn it to values.
   */
  public boolean liveFor(boolean alreadyLive) {
    return live || alreadyLive && !noLive;
  }

  /** These options comparing with last month's workbook. */
  public Options since(Input last) {
    return new Options(rules, live, publish, last, noLive);
  }
}
