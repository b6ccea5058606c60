package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.Report;

/**
 * Checks every workbook in {@code ../shared/corpus/layouts} (real files from public sources; never
 * copied here): each gives tables, an info finding that none was found, or a one-line refusal, and
 * no exception escapes. Known files must keep giving the answer recorded below. Skipped when the
 * corpus is absent.
 */
class LayoutCorpusTest {

  /** What each known file gives today; a change here is a deliberate change to the reader. */
  private static final Map<String, String> KNOWN =
      Map.ofEntries(
          Map.entry("A01", "no table"),
          Map.entry("A02", "no table"),
          Map.entry("A04", "no table"),
          Map.entry("A05", "no table"),
          Map.entry("S01", "no table"),
          Map.entry("S02", "no table"),
          Map.entry("S05", "no table"),
          Map.entry("S06", "no table"),
          Map.entry("S07", "no table"),
          Map.entry("S08", "no table"),
          Map.entry("S11", "no table"),
          Map.entry(
              "R01",
              "refused: this is a web page saved with a spreadsheet name: open it in"
                  + " Excel and save it as .xlsx"),
          Map.entry(
              "R03",
              "refused: OpenDocument spreadsheets (.ods) are not supported: save it as"
                  + " .xlsx and try again"));

  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> everyLayoutGetsACleanAnswer() throws IOException {
    Path dir = Path.of(System.getProperty("scorecard.shared", "../../shared"), "corpus", "layouts");
    Assumptions.assumeTrue(Files.isDirectory(dir), "corpus not present: " + dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().endsWith(".csv")).sorted().toList();
    }
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> answers(f)));
  }

  private void answers(Path file) throws IOException {
    String answer = answer(file);
    assertThat(answer).doesNotContain("\n").matches("(tables: .+|no table|refused: .+)");
    String known = KNOWN.get(file.getFileName().toString().substring(0, 3));
    if (known != null) {
      assertThat(answer).isEqualTo(known);
    }
  }

  /** The answer in short: where the tables are, "no table", or the refusal's reason. */
  private String answer(Path file) throws IOException {
    Report r;
    try {
      r =
          scorecard.check(
              new Input(file.getFileName().toString(), Files.readAllBytes(file)), Options.DEFAULT);
    } catch (WorkbookRefusedException e) {
      return "refused: " + e.getMessage();
    }
    if (r.indicators().isEmpty()) {
      assertThat(r.findings()).anyMatch(f -> f.code().equals(ReadCodes.NO_TABLE));
      return "no table";
    }
    return "tables: "
        + r.indicators().stream()
            .collect(
                Collectors.groupingBy(
                    i -> i.sheet(), java.util.TreeMap::new, Collectors.counting()));
  }
}
