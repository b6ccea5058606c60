package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.compare.MonthPairs;

/** {@code compare}, {@code dump}, {@code rate --since} and {@code check --format markdown}. */
final class CompareCommandTest {

  @TempDir Path dir;

  private Path last;
  private Path now;

  private void pair(String name) throws Exception {
    MonthPairs.MonthPair p = MonthPairs.all().get(name);
    last = Scorecards.put(dir, "feb.xlsx", p.last());
    now = Scorecards.put(dir, "mar.xlsx", p.now());
  }

  @Test
  void aRestatedFigureIsAWarningWithBothValues() throws Exception {
    pair("restated");
    Run run = Run.of("compare", last.toString(), now.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.CLEAN);
    assertThat(run.outLines())
        .contains(
            "warning: Scorecard NEET: past figure restated: Feb-20 5.2% -> 5.3%",
            "Scorecard NEET: rating changed: Amber -> Red");
    assertThat(Run.of("compare", last.toString(), now.toString(), "--fail-on", "warning").code())
        .isEqualTo(Cli.FINDINGS);
  }

  @Test
  void jsonGivesEachChangeAndTheSummary() throws Exception {
    pair("target-changed");
    Run run = Run.of("compare", "--format", "json", last.toString(), now.toString());
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> kinds = new ArrayList<>();
    json.path("changes").forEach(c -> kinds.add(c.path("kind").asText()));
    assertThat(kinds).containsExactly("target-changed", "rating-changed");
    assertThat(json.path("since").asText()).isEqualTo("Feb-20");
    assertThat(json.path("summary").get(0).asText())
        .isEqualTo("Ratings changed since Feb-20: 21 (Green to Amber).");
  }

  @Test
  void aWorkbookNotReadIsNamedInOneLine() throws Exception {
    pair("restated");
    Run run = Run.of("compare", dir.resolve("nothing.xlsx").toString(), now.toString());
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err().lines()).singleElement().asString().contains("nothing.xlsx");
  }

  @Test
  void dumpPrintsALinePerIndicatorAndFigureTheSameEachTime() throws Exception {
    pair("no-change");
    Run run = Run.of("dump", now.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(Cli.CLEAN);
    assertThat(run.outLines())
        .hasSize(2 + 2 * 3)
        .contains(
            "Scorecard | CP 11 | % of children subject to a repeat child protection plan | Lower is"
                + " better | target 15% | tolerance 10% | Red | change Up 3pp | \u25bc Worsening",
            "Scorecard | CP 11 | Mar-20 | 22%");
    assertThat(Run.of("dump", now.toString()).out()).isEqualTo(run.out());
  }

  @Test
  void rateSinceAddsTheSectionToTheChecksSheet() throws Exception {
    pair("restated");
    Path out = dir.resolve("mar-rated.xlsx");
    Run run = Run.of("rate", now.toString(), "--since", last.toString(), "-o", out.toString());
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(Cli.CLEAN);
    List<String> checks = checksSheet(out);
    assertThat(checks)
        .contains(
            "Since last month: compared with feb.xlsx (to Feb-20)",
            "NEET | % of young people not in education, employment or training | Warning: past"
                + " figure restated | Feb-20 | 5.2% | 5.3% | ",
            "Exception report");
    assertThat(checks.indexOf("Exception report"))
        .isLessThan(checks.indexOf("Exceptions: Red and Amber indicators (1)"));
  }

  @Test
  void rateSinceAFileNotThereNamesIt() throws Exception {
    pair("restated");
    Run run =
        Run.of(
            "rate",
            now.toString(),
            "--since",
            dir.resolve("jan.xlsx").toString(),
            "-o",
            dir.resolve("x.xlsx").toString());
    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.out()).contains("jan.xlsx: no such file");
  }

  @Test
  void checkMarkdownIsABlockOfSentences() throws Exception {
    pair("no-change");
    Run run = Run.of("check", "--format", "markdown", now.toString(), "--since", last.toString());
    assertThat(run.outLines())
        .startsWith("**Exception report: mar.xlsx**", "", "- No ratings changed since Feb-20.");
    assertThat(run.out()).contains("- CP 11: remains Red for a third consecutive month");
  }

  @Test
  void checkJsonHasASummaryPerIndicator() throws Exception {
    pair("no-change");
    JsonNode json =
        new ObjectMapper().readTree(Run.of("check", "--format", "json", now.toString()).out());
    JsonNode cp11 = json.at("/files/0/indicators/0");
    assertThat(cp11.path("summary").asText()).startsWith("CP 11: remains Red");
    assertThat(cp11.path("direction").asText()).isEqualTo("\u25bc Worsening");
    // Jan-20 to Mar-20 holds no Mar-19: no direction over the year, but the key is there.
    assertThat(cp11.has("directionYearOnYear")).isTrue();
    assertThat(cp11.path("directionYearOnYear").asText()).isEmpty();
    assertThat(json.at("/files/0").has("since")).isFalse();
  }

  private static List<String> checksSheet(Path file) throws Exception {
    List<String> rows = new ArrayList<>();
    DataFormatter f = new DataFormatter();
    try (InputStream in = Files.newInputStream(file);
        Workbook wb = WorkbookFactory.create(in)) {
      Sheet s = wb.getSheet("Checks");
      for (Row r : s) {
        List<String> cells = new ArrayList<>();
        r.forEach(c -> cells.add(f.formatCellValue(c)));
        rows.add(String.join(" | ", cells));
      }
    }
    return rows;
  }
}
