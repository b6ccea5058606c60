package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.model.Rating;

/**
 * The published schema of {@code check --format json}, {@code docs/scorecard-report.schema.json}
 * (draft 2020-12), holds for what the command really prints: workbooks with and without findings,
 * one with no table, one not read, a month compared with the last (--since), our sample; and it is
 * strict enough to refuse a report that breaks it.
 */
final class ReportSchemaTest {

  private static final Path SCHEMA_FILE = Path.of("../docs/scorecard-report.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Schema schema() throws IOException {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMA_FILE));
  }

  private static List<String> problems(JsonNode report) throws IOException {
    return schema().validate(report).stream().map(Error::toString).toList();
  }

  private JsonNode check(String... args) throws IOException {
    String[] line = new String[args.length + 3];
    line[0] = "check";
    System.arraycopy(args, 0, line, 1, args.length);
    line[args.length + 1] = "--format";
    line[args.length + 2] = "json";
    Run run = Run.of(line);
    assertThat(run.code()).as(run.err()).isBetween(Cli.CLEAN, Cli.UNREADABLE);
    return JSON.readTree(run.out());
  }

  @Test
  void realReportsMatchTheSchema() throws IOException {
    Path clean = Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    Path wrong = Scorecards.put(dir, "impossible.xlsx", Scorecards.impossible());
    Path text = Scorecards.put(dir, "text.xlsx", Scorecards.textNumber());
    Path none = Scorecards.put(dir, "budget.xlsx", uk.scorecard.fixtures.Scorecards.noTable());
    Path broken = Scorecards.put(dir, "broken.xlsx", Scorecards.garbage());
    Path monthly = Scorecards.put(dir, "monthly.xlsx", uk.scorecard.fixtures.Scorecards.monthly());
    Path sample = Path.of("../workbook-templates/samples/sample-scorecard.xlsx");

    List<JsonNode> reports =
        List.of(
            check(clean.toString(), wrong.toString(), text.toString()),
            check(none.toString()),
            check(none.toString(), "--allow-no-table"),
            check(broken.toString(), clean.toString()),
            check(clean.toString(), "--since", wrong.toString()),
            check(monthly.toString(), "--since", monthly.toString()),
            check(monthly.toString(), sample.toString()));

    for (JsonNode report : reports) {
      assertThat(problems(report)).as(report.toPrettyString()).isEmpty();
    }
    JsonNode withFindings = reports.get(0).at("/files/1");
    assertThat(withFindings.at("/findings/0/code").asText()).isEqualTo("percent-range");
    assertThat(reports.get(1).at("/files/0/findings/0/severity").asText()).isEqualTo("error");
    assertThat(reports.get(3).at("/files/0/error").asText()).startsWith("not a spreadsheet");
    assertThat(reports.get(4).at("/files/0/since").isArray()).isTrue();
  }

  @Test
  void eachIndicatorSaysWhatItWasRatedOnAndWhy() throws IOException {
    Path clean = Scorecards.put(dir, "clean.xlsx", Scorecards.clean());

    JsonNode i = check(clean.toString()).at("/files/0/indicators/0");

    // The fixture: 84% to 88% monthly, the latest 88% in Jun-19, against 90% with 5pp.
    assertThat(i.at("/latest/value").decimalValue()).isEqualByComparingTo("88");
    assertThat(i.at("/latest/shown").asText()).isEqualTo("88%");
    assertThat(i.at("/latest/period").asText()).isEqualTo("Jun-19");
    assertThat(i.at("/previous/period").asText()).isEqualTo("May-19");
    assertThat(i.get("target").asText()).isEqualTo("90%");
    assertThat(i.get("tolerance").asText()).isEqualTo("5pp");
    assertThat(i.get("unit").asText()).isEqualTo("percent");
    assertThat(i.get("polarity").asText()).isEqualTo("Higher is better");
    assertThat(i.get("polarityAssumed").asBoolean()).isFalse();
    assertThat(i.get("rating").asText()).isEqualTo("amber");
    assertThat(i.get("reason").asText())
        .isEqualTo("88% in Jun-19 is within 5pp of the 90% target (higher is better)");
  }

  @Test
  void theSchemaRefusesAReportThatBreaksIt() throws IOException {
    Path clean = Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    JsonNode report = check(clean.toString());
    ObjectNode indicator = (ObjectNode) report.at("/files/0/indicators/0");

    indicator.put("rating", "purple");
    indicator.remove("reason");
    indicator.put("surprise", 1);

    assertThat(problems(report)).hasSize(3);
  }

  @Test
  void theSchemaNamesEveryRatingTheToolGives() throws IOException {
    JsonNode ratings =
        JSON.readTree(SCHEMA_FILE.toFile()).at("/$defs/indicator/properties/rating/enum");
    Set<String> inSchema = new TreeSet<>();
    ratings.forEach(r -> inSchema.add(r.asText()));

    assertThat(inSchema)
        .isEqualTo(
            new TreeSet<>(
                Arrays.stream(Rating.values())
                    .map(r -> r.word().toLowerCase(Locale.ROOT))
                    .toList()));
  }

  @Test
  void theServiceOpenApiNamesTheSameFields() throws IOException {
    JsonNode api =
        JSON.readTree(
            Path.of("../server/src/main/resources/uk/scorecard/server/openapi.json").toFile());
    JsonNode schema = JSON.readTree(SCHEMA_FILE.toFile());

    assertThat(names(api.at("/components/schemas/Indicator/properties")))
        .isEqualTo(names(schema.at("/$defs/indicator/properties")));
    assertThat(names(api.at("/components/schemas/Finding/properties")))
        .isEqualTo(names(schema.at("/$defs/finding/properties")));
    assertThat(names(api.at("/components/schemas/FileReport/properties")))
        .isEqualTo(names(schema.at("/$defs/file/properties")));
  }

  private static Set<String> names(JsonNode properties) {
    Set<String> names = new TreeSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
