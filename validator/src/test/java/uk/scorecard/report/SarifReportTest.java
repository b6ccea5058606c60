package uk.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.report.SampleOutcomes.ALL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.Finding;
import uk.scorecard.model.RuleDoc;
import uk.scorecard.model.Severity;

/** The SARIF report, checked against the OASIS 2.1.0 schema and read back field by field. */
final class SarifReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<RuleDoc> CATALOGUE =
      List.of(
          new RuleDoc("percent-range", Severity.ERROR, "A percentage below 0% or above 100%."),
          new RuleDoc("text-number", Severity.WARNING, "A number stored as text."),
          new RuleDoc("small-denominator", Severity.INFO, "A denominator of 10 or fewer."));

  @Test
  void theLogIsValidSarif210() throws Exception {
    JsonNode log = sarif(ALL, CATALOGUE);

    assertThat(SarifSchema.problems(log)).isEmpty();
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
  }

  @Test
  void theSchemaCheckRejectsWhatSarifForbids() throws Exception {
    JsonNode log = sarif(ALL, CATALOGUE);
    ObjectNode result = (ObjectNode) log.at("/runs/0/results/0");
    result.put("level", "fatal");
    result.remove("message");

    assertThat(SarifSchema.problems(log)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void aResultPerFindingWithTheWorkbookAsArtifactAndTheCellAsLogicalLocation() throws Exception {
    JsonNode run = sarif(ALL, CATALOGUE).at("/runs/0");
    List<JsonNode> results = list(run.get("results"));

    assertThat(results)
        .extracting(r -> r.get("ruleId").asText())
        .containsExactly(
            "latest-period-blank", "text-number", "percent-range", "small-denominator");
    assertThat(results)
        .extracting(r -> r.get("level").asText())
        .containsExactly("warning", "warning", "error", "note");
    JsonNode tooHigh = results.get(2);
    assertThat(tooHigh.at("/message/text").asText())
        .isEqualTo("Scorecard!L3: Jun-19 is 112%: a percentage cannot exceed 100%");
    JsonNode where = tooHigh.at("/locations/0");
    assertThat(where.at("/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("workbooks/team%20a/board%2C%20May.xlsx");
    int artifact = where.at("/physicalLocation/artifactLocation/index").asInt();
    assertThat(run.at("/artifacts/" + artifact + "/location/uri").asText())
        .isEqualTo("workbooks/team%20a/board%2C%20May.xlsx");
    assertThat(where.at("/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("Scorecard!L3");
    assertThat(where.at("/logicalLocations/0/name").asText()).isEqualTo("L3");
    assertThat(results.get(3).at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("'Detail sheet'!C7");
    assertThat(results.get(0).at("/locations/0").has("logicalLocations")).isFalse();
  }

  @Test
  void rulesCarryTheirDescriptionsAndEveryResultPointsAtItsRule() throws Exception {
    JsonNode run = sarif(ALL, CATALOGUE).at("/runs/0");
    List<JsonNode> rules = list(run.at("/tool/driver/rules"));

    assertThat(rules)
        .extracting(r -> r.get("id").asText())
        .containsExactly(
            "percent-range", "text-number", "small-denominator", "latest-period-blank");
    assertThat(rules.get(0).at("/shortDescription/text").asText())
        .isEqualTo("A percentage below 0% or above 100%.");
    assertThat(rules.get(2).at("/defaultConfiguration/level").asText()).isEqualTo("note");
    assertThat(rules.get(3).has("shortDescription")).as("a code the catalogue lacks").isFalse();
    for (JsonNode r : list(run.get("results"))) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText())
          .isEqualTo(r.get("ruleId").asText());
    }
  }

  @Test
  void aWorkbookNotReadIsAnErrorNotificationOnItsArtifact() throws Exception {
    JsonNode run = sarif(ALL, CATALOGUE).at("/runs/0");
    JsonNode invocation = run.at("/invocations/0");

    assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
    List<JsonNode> notes = list(invocation.get("toolExecutionNotifications"));
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).get("level").asText()).isEqualTo("error");
    assertThat(notes.get(0).at("/message/text").asText())
        .isEqualTo(
            "workbooks/broken.xlsx:"
                + " cannot check: not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");
    int artifact = notes.get(0).at("/locations/0/physicalLocation/artifactLocation/index").asInt();
    assertThat(run.at("/artifacts/" + artifact + "/location/uri").asText())
        .isEqualTo("workbooks/broken.xlsx");
    assertThat(list(run.get("artifacts"))).hasSize(3);
  }

  @Test
  void aCleanRunSucceedsWithNoResults() throws Exception {
    JsonNode log = sarif(List.of(SampleOutcomes.CLEAN), List.of());

    assertThat(SarifSchema.problems(log)).isEmpty();
    assertThat(log.at("/runs/0/results")).isEmpty();
    assertThat(log.at("/runs/0/invocations/0/executionSuccessful").asBoolean()).isTrue();
  }

  @Test
  void absolutePathsBecomeFileUrisAndFingerprintsAreStablePerPlace() throws Exception {
    Finding a = new Finding("Scorecard", "L3", Severity.ERROR, "percent-range", "one message");
    Finding sameAgain = new Finding("Scorecard", "L3", Severity.ERROR, "percent-range", "other");
    Finding elsewhere = new Finding("Scorecard", "L4", Severity.ERROR, "percent-range", "one");
    Report r = new Report("/srv/work books/x.xlsx", List.of(a, sameAgain, elsewhere), List.of());

    JsonNode log = sarif(List.of(r), List.of());

    assertThat(SarifSchema.problems(log)).isEmpty();
    assertThat(log.at("/runs/0/artifacts/0/location/uri").asText())
        .isEqualTo("file:///srv/work%20books/x.xlsx");
    List<String> prints =
        list(log.at("/runs/0/results")).stream()
            .map(res -> res.at("/partialFingerprints/scorecardCell~1v1").asText())
            .toList();
    assertThat(prints.get(0)).hasSize(32).isEqualTo(prints.get(1)).isNotEqualTo(prints.get(2));
  }

  private static JsonNode sarif(List<? extends Outcome> outcomes, List<RuleDoc> catalogue)
      throws Exception {
    StringWriter out = new StringWriter();
    SarifReport.write(outcomes, catalogue, "0.1.0", out);
    return JSON.readTree(out.toString());
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
