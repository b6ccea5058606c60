package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Outcome;
import uk.scorecard.report.Report;
import uk.scorecard.report.Unreadable;

/**
 * Every report format over a table of hostile strings, each put in every place workbook text
 * reaches (path, sheet, message, indicator id, title and caveat, a reason for not reading): no
 * format lets one start a line, move a terminal's cursor or issue a CI workflow command, and JSON
 * and SARIF still carry the text exactly.
 */
final class HostileTextTest {

  /** Text a workbook (or a file name) can carry that a terminal or a CI runner would obey. */
  static final List<String> HOSTILE =
      List.of(
          "FD 7\n::error file=README.md::injected",
          "x\r\n::warning title=t::carriage return and newline",
          "  ::notice::indented command",
          "::stop-commands::token",
          "##[error]the old syntax",
          "##vso[task.setvariable variable=x]1",
          "\u001b[31mred\u001b[0m and a bell\u0007",
          "nul\u0000byte and backspace\u0008",
          "\u009b31mC1 CSI and \u0085next line",
          "a\u2028::error::after a line separator\u2029",
          "\u202eevil\u202c reversed, \u2066isolated\u2069",
          "tab\there and DEL\u007f",
          "%0A::error::percent-encoded",
          "lone \ud800 surrogate");

  static Stream<Arguments> formatsAndStrings() {
    List<Arguments> all = new ArrayList<>();
    for (ReportFormat f : ReportFormat.values()) {
      for (String s : HOSTILE) {
        all.add(Arguments.of(f, s));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}: {index}")
  @MethodSource("formatsAndStrings")
  void noFormatLetsWorkbookTextCommandATerminalOrARunner(ReportFormat format, String hostile)
      throws Exception {
    List<Outcome> outcomes = outcomes(hostile);
    StringWriter out = new StringWriter();

    format.write(outcomes, FailOn.warning, out);
    String report = out.toString();

    assertThat(dangerous(report)).as("raw characters a terminal obeys").isEmpty();
    List<String> lines = report.lines().toList();
    if (format == ReportFormat.github) {
      assertThat(lines).hasSize(3).allMatch(GITHUB_COMMAND.asPredicate());
    } else {
      assertThat(lines)
          .noneMatch(l -> l.stripLeading().startsWith("::") || l.stripLeading().startsWith("##"));
    }
    if (format == ReportFormat.text) {
      assertThat(lines).hasSize(4); // two findings, the workbook not read, the summary
    }
    if (format == ReportFormat.json) {
      JsonNode json = new ObjectMapper().readTree(report);
      assertThat(json.at("/files/0/findings/0/message").asText()).isEqualTo(hostile);
      assertThat(json.at("/files/0/indicators/0/id").asText()).isEqualTo(hostile);
      assertThat(json.at("/files/1/error").asText()).isEqualTo(hostile);
    }
    if (format == ReportFormat.sarif) {
      JsonNode json = new ObjectMapper().readTree(report);
      assertThat(json.at("/runs/0/results/0/message/text").asText()).endsWith(hostile);
    }
    if (format == ReportFormat.junit) {
      DocumentBuilderFactory.newDefaultInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Test
  void anIndicatorIdCarryingAWorkflowCommandStaysOnItsOwnLine(@TempDir Path dir) throws Exception {
    String id = "FD 7\n::error file=README.md::injected";
    byte[] workbook =
        WorkbookBuilder.scorecard()
            .row("Ref", "Indicator", "Polarity", "Unit", "Jun-19", "Jul-19", "Target")
            .row(id, "Visits", "Higher is better", "Number", 1, 2, 3)
            .row(id, "Visits again", "Higher is better", "Number", 1, 2, 3)
            .bytes();
    Path in = Scorecards.put(dir, "board.xlsx", workbook);

    for (String format : new String[] {"text", "github"}) {
      Run run = Run.of("check", in.toString(), "--format", format, "--fail-on", "never");

      assertThat(run.out()).as(format).contains("duplicate-id");
      List<String> commands =
          run.outLines().stream().filter(l -> l.stripLeading().startsWith("::")).toList();
      // Only our own commands, each about the workbook: the id's command stays inside a message.
      assertThat(commands)
          .as(format)
          .allMatch(
              l ->
                  l.matches(
                      "::(error|warning|notice) file=" + Pattern.quote(in.toString()) + ",.*"));
    }
  }

  /** A workflow command as GithubReport writes one: our own name, file, title and message. */
  private static final Pattern GITHUB_COMMAND =
      Pattern.compile("::(error|warning|notice) file=[^:,]*,title=[^:,]*::.*");

  private static List<Outcome> outcomes(String s) {
    Finding atCell = new Finding(s, "B3", Severity.ERROR, "not-a-figure", s);
    Finding whole = Finding.workbook(Severity.WARNING, "latest-period-blank", s);
    IndicatorResult i = new IndicatorResult(s, 3, s, s, s, Rating.RED, s, s, s);
    return List.of(new Report(s, List.of(atCell, whole), List.of(i)), new Unreadable(s, s));
  }

  /** The code points in the text that a terminal or a log viewer would act on, newlines aside. */
  private static List<String> dangerous(String text) {
    List<String> found = new ArrayList<>();
    text.codePoints()
        .filter(
            c ->
                c != '\n'
                    && (Character.getType(c) == Character.CONTROL
                        || (c >= 0x202A && c <= 0x202E)
                        || (c >= 0x2066 && c <= 0x2069)
                        || c == 0x2028
                        || c == 0x2029
                        || Character.getType(c) == Character.SURROGATE))
        .forEach(c -> found.add(String.format("U+%04X", c)));
    return found;
  }
}
