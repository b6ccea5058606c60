package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import uk.scorecard.report.SarifSchema;

/**
 * Every --format over one folder holding a clean workbook, one with an impossible figure, one with
 * a number stored as text, bytes that are no workbook and an Excel lock file: each report is read
 * back with its own parser and lists every workbook but the lock file.
 */
final class CheckFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path clean;
  private Path impossible;
  private Path textNumber;
  private Path broken;

  @BeforeEach
  void folder() throws Exception {
    clean = Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    impossible = Scorecards.put(dir, "team/impossible.xlsx", Scorecards.impossible());
    textNumber = Scorecards.put(dir, "team/text-number.xlsx", Scorecards.textNumber());
    broken = Scorecards.put(dir, "team/broken.xlsx", Scorecards.garbage());
    Scorecards.put(dir, "team/~$impossible.xlsx", Scorecards.lockFile());
  }

  @Test
  void jsonHasAnEntryPerWorkbookAndAnErrorForTheUnreadableOne() throws Exception {
    Run run = check("json");
    JsonNode files = JSON.readTree(run.out()).get("files");

    assertThat(paths(files, "path"))
        .containsExactly(
            clean.toString(), broken.toString(), impossible.toString(), textNumber.toString());
    assertThat(files.get(1).get("error").asText()).startsWith("not a spreadsheet");
    assertThat(files.get(0).get("indicators")).hasSize(1);
    assertThat(run.err())
        .endsWith(
            "4 workbooks (1 could not be read), 3 indicators"
                + " (0 red, 2 amber, 0 green, 1 grey): "
                + counts()
                + System.lineSeparator());
    assertThat(files.at("/2/findings/0/code").asText()).isEqualTo("percent-range");
    assertThat(files.at("/3/findings/0/severity").asText()).isEqualTo("warning");
  }

  @Test
  void junitHasASuitePerWorkbookAndAnErroredCaseForTheUnreadableOne() throws Exception {
    Run run = check("junit");
    Element root =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(run.out())))
            .getDocumentElement();
    List<Element> suites = elements(root, "testsuite");

    assertThat(suites)
        .extracting(s -> s.getAttribute("name"))
        .containsExactly(
            clean.toString(), broken.toString(), impossible.toString(), textNumber.toString());
    assertThat(elements(suites.get(1), "error")).hasSize(1);
    assertThat(elements(suites.get(0), "testcase")).hasSize(2);
    assertThat(elements(suites.get(0), "failure")).isEmpty();
    assertThat(elements(suites.get(2), "failure"))
        .singleElement()
        .extracting(f -> f.getAttribute("message"))
        .isEqualTo("Scorecard!L3: Jun-19 is 112%: a percentage cannot exceed 100%");
    assertThat(elements(suites.get(3), "failure")).isEmpty();
    assertThat(root.getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void sarifIsValidWithAnArtifactPerWorkbookAndANotificationForTheUnreadableOne() throws Exception {
    JsonNode log = JSON.readTree(check("sarif").out());
    JsonNode run = log.at("/runs/0");

    assertThat(SarifSchema.problems(log)).isEmpty();
    assertThat(run.get("artifacts")).hasSize(4);
    assertThat(paths(run.at("/invocations/0/toolExecutionNotifications"), "message"))
        .singleElement()
        .asString()
        .contains(broken + ": cannot check: not a spreadsheet");
    List<String> ruleIds = paths(run.at("/tool/driver/rules"), "id");
    for (JsonNode result : run.get("results")) {
      assertThat(ruleIds.get(result.get("ruleIndex").asInt()))
          .isEqualTo(result.get("ruleId").asText());
    }
    assertThat(paths(run.get("results"), "ruleId")).containsExactly("percent-range", "text-number");
    assertThat(run.at("/results/0/level").asText()).isEqualTo("error");
    assertThat(run.at("/results/0/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("Scorecard!L3");
  }

  @Test
  void githubHasAnErrorForTheUnreadableWorkbookAndACommandPerFinding() throws Exception {
    List<String> lines = check("github").outLines();

    assertThat(lines).allMatch(l -> l.matches("::(error|warning|notice) file=[^,]+,title=.+::.+"));
    assertThat(lines)
        .contains(
            "::error file="
                + broken.toString().replace(":", "%3A")
                + ",title=cannot check::not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or"
                + " .xls)");
    assertThat(lines).hasSize(3);
    assertThat(lines)
        .anyMatch(
            l ->
                l.startsWith(
                    "::error file=" + impossible + ",title=[percent-range] Scorecard!L3::"));
    assertThat(lines).anyMatch(l -> l.startsWith("::warning file=" + textNumber));
  }

  @Test
  void textListsTheUnreadableWorkbookAndEndsWithTheSummary() {
    Run run = check("text");

    assertThat(run.outLines())
        .contains(
            broken
                + ": cannot check: not a spreadsheet: expected an"
                + " Excel workbook (.xlsx, .xlsm or .xls)");
    assertThat(run.outLines()).noneMatch(l -> l.contains("~$"));
    assertThat(run.outLines().get(run.outLines().size() - 1))
        .isEqualTo(
            "4 workbooks (1 could"
                + " not be read), 3 indicators (0 red, 2 amber, 0 green, 1 grey): "
                + counts());
    assertThat(run.err()).isEmpty();
  }

  /** Runs check over the folder; every format exits 2 for the unreadable workbook. */
  private Run check(String format) {
    Run run = Run.of("check", dir.toString(), "--format", format);
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.UNREADABLE);
    return run;
  }

  private static String counts() {
    return "1 error, 1 warning, 0 info";
  }

  private static List<String> paths(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(
        n ->
            out.add(
                n.get(field).isObject()
                    ? n.at("/" + field + "/text").asText()
                    : n.get(field).asText()));
    return out;
  }

  private static List<Element> elements(Element root, String tag) {
    NodeList nodes = root.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }
}
