package uk.scorecard.cli;

import java.util.List;
import uk.scorecard.report.RuleDoc;

/** The rules a SARIF report describes. */
final class RuleDocs {

  private RuleDocs() {}

  /**
   * Every rule the checker has. Until {@code check/RuleCatalogue} lands this is empty and SARIF
   * lists only the codes found, without descriptions; then it becomes the one line
   * {@code RuleCatalogue.all().stream().map(r -> new RuleDoc(r.code(), r.severity(),
   * r.description())).toList()}.
   */
  static List<RuleDoc> all() {
    return List.of();
  }
}
