package uk.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.report.SampleOutcomes.ALL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON report keeps the foundation's shape, with an entry carrying "error" per file not read.
 */
final class JsonReportTest {

  @Test
  void oneEntryPerFileInTheFoundationShape() throws Exception {
    JsonNode files = json().get("files");

    assertThat(files).hasSize(3);
    JsonNode faulty = files.get(0);
    assertThat(names(faulty)).containsExactly("path", "findings", "indicators");
    assertThat(faulty.get("path").asText()).isEqualTo("workbooks/team a/board, May.xlsx");
    assertThat(names(faulty.at("/findings/2")))
        .containsExactly("sheet", "cell", "severity", "code", "message");
    assertThat(faulty.at("/findings/2/severity").asText()).isEqualTo("error");
    assertThat(faulty.at("/findings/0/cell").asText()).isEmpty();
    assertThat(names(faulty.at("/indicators/0")))
        .containsExactly(
            "sheet",
            "row",
            "id",
            "title",
            "change",
            "rating",
            "directionAssumed",
            "caveat",
            "direction",
            "directionYearOnYear",
            "summary",
            "latest",
            "previous",
            "target",
            "tolerance",
            "unit",
            "polarity",
            "polarityAssumed",
            "reason");
    assertThat(faulty.at("/indicators/0/rating").asText()).isEqualTo("red");
    // Built without the facts behind the rating: no figures (null), the target as given.
    assertThat(faulty.at("/indicators/0/latest").isNull()).isTrue();
    assertThat(faulty.at("/indicators/0/target").asText()).isEqualTo("90%");
  }

  @Test
  void aFileNotReadHasAnErrorAndNoFindings() throws Exception {
    JsonNode broken = json().at("/files/2");

    assertThat(names(broken)).containsExactly("path", "error", "findings", "indicators");
    assertThat(broken.get("error").asText())
        .isEqualTo("not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");
    assertThat(broken.get("findings")).isEmpty();
  }

  private static JsonNode json() throws Exception {
    StringWriter out = new StringWriter();
    JsonReport.write(ALL, out);
    return new ObjectMapper().readTree(out.toString());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
