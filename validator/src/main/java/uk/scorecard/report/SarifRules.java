package uk.scorecard.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.model.Finding;
import uk.scorecard.model.RuleDoc;

/**
 * The rules a SARIF run lists: every rule of the catalogue with its description and default level,
 * then any code a finding has that the catalogue does not (such as the reader's own).
 */
final class SarifRules {

  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final List<Map<String, Object>> descriptors = new ArrayList<>();

  SarifRules(List<RuleDoc> catalogue, List<? extends Outcome> outcomes) {
    for (RuleDoc r : catalogue) {
      if (!index.containsKey(r.code())) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", r.code());
        d.put("shortDescription", SarifReport.obj("text", r.description()));
        d.put("defaultConfiguration", SarifReport.obj("level", SarifReport.level(r.severity())));
        add(r.code(), d);
      }
    }
    for (Report report : TextReport.reports(outcomes)) {
      for (Finding f : report.findings()) {
        if (!index.containsKey(f.code())) {
          add(f.code(), SarifReport.obj("id", f.code()));
        }
      }
    }
  }

  private void add(String code, Map<String, Object> descriptor) {
    index.put(code, descriptors.size());
    descriptors.add(descriptor);
  }

  /** The position of a rule in {@link #descriptors()}. */
  int index(String code) {
    return index.get(code);
  }

  /** The reportingDescriptor objects, in index order. */
  List<Map<String, Object>> descriptors() {
    return descriptors;
  }
}
