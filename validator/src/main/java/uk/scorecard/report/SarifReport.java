package uk.scorecard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.model.Finding;
import uk.scorecard.model.RuleDoc;
import uk.scorecard.model.Severity;

/**
 * The SARIF 2.1.0 form of reports, for code-scanning views: one run, a result per finding with the
 * workbook as the artifact and the sheet and cell as a logical location (a workbook has no lines
 * for a text region), the rules with their descriptions, and a tool execution notification per
 * workbook that could not be read.
 */
public final class SarifReport {

  /** The OASIS schema this output follows. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final ObjectMapper MAPPER = JsonText.mapper();

  private final SarifRules rules;
  private final Map<String, Integer> artifactIndex = new LinkedHashMap<>();

  private SarifReport(SarifRules rules) {
    this.rules = rules;
  }

  /** Writes the outcomes as a SARIF log; {@code catalogue} describes the rules the tool has. */
  public static void write(
      List<? extends Outcome> outcomes, List<RuleDoc> catalogue, String toolVersion, Writer out)
      throws IOException {
    SarifReport sarif = new SarifReport(new SarifRules(catalogue, outcomes));
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(sarif.run(outcomes, toolVersion)));
    MAPPER.writeValue(out, log);
  }

  private Map<String, Object> run(List<? extends Outcome> outcomes, String toolVersion) {
    List<Map<String, Object>> artifacts = new ArrayList<>();
    List<Map<String, Object>> results = new ArrayList<>();
    List<Map<String, Object>> notifications = new ArrayList<>();
    for (Outcome o : outcomes) {
      artifactIndex.put(o.path(), artifacts.size());
      artifacts.add(
          obj("location", obj("uri", SarifUri.of(o.path())), "roles", List.of("analysisTarget")));
      if (o instanceof Report r) {
        r.findings().forEach(f -> results.add(result(r.path(), f)));
      } else {
        notifications.add(notification((Unreadable) o));
      }
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "scorecard");
    driver.put("version", toolVersion);
    driver.put("semanticVersion", toolVersion);
    driver.put("rules", rules.descriptors());
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", notifications.isEmpty());
    invocation.put("toolExecutionNotifications", notifications);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", obj("driver", driver));
    run.put("invocations", List.of(invocation));
    run.put("artifacts", artifacts);
    run.put("results", results);
    return run;
  }

  private Map<String, Object> result(String path, Finding f) {
    String cell = TextReport.cell(f);
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("physicalLocation", obj("artifactLocation", artifact(path)));
    if (!cell.isEmpty()) {
      location.put("logicalLocations", List.of(obj("name", f.cell(), "fullyQualifiedName", cell)));
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ruleId", f.code());
    m.put("ruleIndex", rules.index(f.code()));
    m.put("level", level(f.severity()));
    m.put("message", obj("text", cell.isEmpty() ? f.message() : cell + ": " + f.message()));
    m.put("locations", List.of(location));
    // Our own fingerprint, so a code-scanning upload does not try to hash "lines" of a binary file.
    m.put(
        "partialFingerprints", obj("scorecardCell/v1", SarifUri.fingerprint(path, cell, f.code())));
    return m;
  }

  private Map<String, Object> notification(Unreadable u) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("level", "error");
    m.put("message", obj("text", u.path() + ": cannot check: " + u.reason()));
    m.put(
        "locations", List.of(obj("physicalLocation", obj("artifactLocation", artifact(u.path())))));
    m.put("descriptor", obj("id", "unreadable"));
    return m;
  }

  private Map<String, Object> artifact(String path) {
    return obj("uri", SarifUri.of(path), "index", artifactIndex.get(path));
  }

  /** A JSON object whose keys keep the order given (keys and values alternate). */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** The SARIF level of a severity: error, warning, or note for info. */
  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
