package uk.scorecard.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.cli.Cli;
import uk.scorecard.fixtures.WorkbookBuilder;

/**
 * The command line's grouped output, compared with {@code src/test/resources/golden/cli/}: a
 * scorecard whose twelve rows all give a tolerance of "10%" on a 95% target (the same info finding
 * twelve times, in one column), with an impossible figure and a figure typed as text, checked as
 * text, as GitHub annotations and with {@code --min-severity warning}. Run with {@code
 * -Dgolden.update=true} to rewrite them after a deliberate change, then review the diff.
 */
class GroupedCliGoldenTest {

  private static final Path DIR = Path.of("src/test/resources/golden/cli");

  @TempDir Path dir;

  @Test
  void textGroupsRepeatedFindingsErrorsFirst() throws IOException {
    compare("grouped-text.txt", "check", "repeated.xlsx");
  }

  @Test
  void githubGivesOneAnnotationPerGroup() throws IOException {
    compare("grouped-github.txt", "check", "repeated.xlsx", "--format", "github");
  }

  @Test
  void minSeverityWarningHidesInfoButCountsIt() throws IOException {
    compare("grouped-min-warning.txt", "check", "repeated.xlsx", "--min-severity", "warning");
  }

  @Test
  void rateGroupsAsCheckDoes() throws IOException {
    compare("grouped-rate.txt", "rate", "repeated.xlsx", "-o", "rated.xlsx");
  }

  private void compare(String name, String... args) throws IOException {
    Files.write(dir.resolve("repeated.xlsx"), repeated());
    String[] resolved = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      resolved[i] = args[i].endsWith(".xlsx") ? dir.resolve(args[i]).toString() : args[i];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(
            resolved,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String actual =
        ("exit "
                + code
                + "\n== stdout\n"
                + out.toString(StandardCharsets.UTF_8)
                + "== stderr\n"
                + err.toString(StandardCharsets.UTF_8))
            .replace(dir.toString() + dir.getFileSystem().getSeparator(), "");
    Path golden = DIR.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (run with -Dgolden.update=true)", name).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  /**
   * Twelve indicators, rows 3 to 14, each with Tolerance "10%" (column I) on a 95% target; CP 3's
   * June figure is 112% (an error at G5) and CP 7's is the text "87%" (a warning at G9).
   */
  static byte[] repeated() {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Children's services scorecard: June 2019")
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                month(2019, 4),
                month(2019, 5),
                month(2019, 6),
                "Target",
                "Tolerance",
                "Change",
                "RAG",
                "Caveat");
    for (int i = 1; i <= 12; i++) {
      Object june = i == 3 ? pct(1.12) : i == 7 ? "87%" : pct(0.9);
      b.row(
          "CP " + i,
          "% of child protection visits on time (" + i + ")",
          "Higher is better",
          "%",
          pct(0.88),
          pct(0.89),
          june,
          pct(0.95),
          "10%");
    }
    return b.bytes();
  }
}
