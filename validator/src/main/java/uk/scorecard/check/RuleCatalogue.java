package uk.scorecard.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.scorecard.model.RuleDoc;

/** Every check the validator makes: its code, default severity and one-line description. */
public final class RuleCatalogue {

  private static final List<RuleDoc> ALL =
      Arrays.stream(Rule.values())
          .map(r -> new RuleDoc(r.code(), r.severity(), r.description()))
          .toList();

  private RuleCatalogue() {}

  /** Every rule, errors first, in a stable order. */
  public static List<RuleDoc> all() {
    return ALL;
  }

  /** The rule with this code, if there is one. */
  public static Optional<RuleDoc> find(String code) {
    return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /** The catalogue as the Markdown page {@code docs/rules.md}. */
  public static String markdown() {
    return new StringBuilder()
        .append("# Checks\n\n")
        .append("Every check scorecard makes, with its code and default severity. A rules file can")
        .append(" switch a check off or change its severity:\n")
        .append("`{\"checks\":{\"value-jump\":\"off\",\"text-number\":\"error\"}}`.\n\n")
        .append("This page is generated from `RuleCatalogue`; a test keeps the two the same.\n\n")
        .append(table())
        .append('\n')
        .append(uk.scorecard.rules.Settings.markdown())
        .toString();
  }

  /** The catalogue as a Markdown table, as the page and the README's Checks section show it. */
  public static String table() {
    StringBuilder sb =
        new StringBuilder()
            .append("| Code | Severity | What it finds |\n")
            .append("|---|---|---|\n");
    for (RuleDoc r : ALL) {
      sb.append("| `")
          .append(r.code())
          .append("` | ")
          .append(r.severity().word())
          .append(" | ")
          .append(r.description().replace("|", "\\|"))
          .append(" |\n");
    }
    return sb.toString();
  }
}
