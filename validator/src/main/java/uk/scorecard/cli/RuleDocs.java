package uk.scorecard.cli;

import java.util.List;
import uk.scorecard.check.RuleCatalogue;
import uk.scorecard.report.RuleDoc;

/** The rules a SARIF report describes. */
final class RuleDocs {

  private RuleDocs() {}

  /** Every rule the checker has, as the report formats describe them. */
  static List<RuleDoc> all() {
    return RuleCatalogue.all().stream()
        .map(r -> new RuleDoc(r.code(), r.severity(), r.description())).toList();
  }
}
