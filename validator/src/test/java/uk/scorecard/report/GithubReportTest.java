package uk.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.report.SampleOutcomes.ALL;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

/** The GitHub workflow commands, read back the way the Actions runner parses them. */
final class GithubReportTest {

  @Test
  void aCommandPerFindingErrorsFirstWithItsLevelAndAnErrorPerWorkbookNotRead() {
    List<Command> commands = parse(ALL);

    assertThat(commands)
        .extracting(Command::name)
        .containsExactly("error", "warning", "warning", "notice", "error");
    Command tooHigh = commands.get(0);
    assertThat(tooHigh.properties())
        .containsExactly(
            Map.entry("file", "workbooks/team a/board, May.xlsx"),
            Map.entry("title", "[percent-range] Scorecard!L3"));
    assertThat(tooHigh.message())
        .isEqualTo("Scorecard!L3: Jun-19 is 112%: a percentage cannot exceed 100%");
    assertThat(commands.get(1).properties().get("title")).isEqualTo("[latest-period-blank]");
    Command broken = commands.get(4);
    assertThat(broken.properties())
        .containsExactly(
            Map.entry("file", "workbooks/broken.xlsx"), Map.entry("title", "cannot check"));
    assertThat(broken.message())
        .isEqualTo("not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");
  }

  @Test
  void separatorsAndPercentSignsSurviveTheRunnersUnescapingAndNewlinesShowEscaped() {
    Finding f =
        new Finding(
            "Q1, Q2: year",
            "B2",
            Severity.ERROR,
            "not-a-figure",
            "Jun-19 is \"50%\nof 10\": 100%25 sure, a::b");
    Report r = new Report("a,b: c%d.xlsx", List.of(f), List.of());

    Command c = parse(List.of(r)).get(0);

    assertThat(c.properties().get("file")).isEqualTo("a,b: c%d.xlsx");
    assertThat(c.properties().get("title")).isEqualTo("[not-a-figure] 'Q1, Q2: year'!B2");
    assertThat(c.message())
        .isEqualTo("'Q1, Q2: year'!B2: Jun-19 is \"50%\\nof 10\": 100%25 sure, a::b");
  }

  @Test
  void aFindingRepeatedDownAColumnIsOneAnnotationAtItsFirstCell() {
    List<Finding> same = new java.util.ArrayList<>();
    for (int row = 5; row <= 41; row++) {
      same.add(
          new Finding(
              "Scorecard",
              "G" + row,
              Severity.INFO,
              "ambiguous-tolerance",
              "Tolerance is 10% on a percentage"));
    }
    Command c = parse(List.of(new Report("a.xlsx", same, List.of()))).get(0);

    assertThat(parse(List.of(new Report("a.xlsx", same, List.of())))).hasSize(1);
    assertThat(c.name()).isEqualTo("notice");
    assertThat(c.properties().get("title"))
        .isEqualTo("[ambiguous-tolerance] Scorecard!G5:G41 (37 cells)");
    assertThat(c.message())
        .isEqualTo("Scorecard!G5:G41 (37 cells): Tolerance is 10% on a percentage");
  }

  @Test
  void aCleanWorkbookPrintsNothing() {
    assertThat(parse(List.of(SampleOutcomes.CLEAN))).isEmpty();
  }

  /** A workflow command as the runner reads it: name, properties, message. */
  private record Command(String name, Map<String, String> properties, String message) {}

  /** Parses output as actions/runner's ActionCommand does for {@code ::name k=v,k=v::data}. */
  private static List<Command> parse(List<? extends Outcome> outcomes) {
    StringWriter out = new StringWriter();
    GithubReport.write(outcomes, new PrintWriter(out));
    return out.toString().lines().map(GithubReportTest::command).toList();
  }

  private static Command command(String line) {
    assertThat(line).startsWith("::");
    int end = line.indexOf("::", 2);
    assertThat(end).as("closing :: in %s", line).isPositive();
    String head = line.substring(2, end);
    int space = head.indexOf(' ');
    Map<String, String> props = new LinkedHashMap<>();
    if (space > 0) {
      for (String pair : head.substring(space + 1).split(",")) {
        int eq = pair.indexOf('=');
        props.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
      }
    }
    String name = space > 0 ? head.substring(0, space) : head;
    return new Command(name, props, unescapeData(line.substring(end + 2)));
  }

  private static String unescapeData(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  private static String unescapeProperty(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
