package uk.scorecard.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.report.TextReport;

/**
 * Rates every named fixture and compares a text dump of the rated workbook and its report with
 * {@code src/test/resources/golden/NAME.txt}. Run with {@code -Dgolden.update=true} to rewrite them
 * after a deliberate change, then review the diff.
 */
class GoldenTest {

  private static final Path DIR = Path.of("src/test/resources/golden");
  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> ratedFixturesMatchTheirGoldens() {
    return Scorecards.all().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> compare(e.getKey(), e.getValue())));
  }

  private void compare(String name, Supplier<byte[]> fixture) throws Exception {
    Rated rated = scorecard.rate(new Input(name + ".xlsx", fixture.get()), Options.DEFAULT);
    StringWriter report = new StringWriter();
    TextReport.write(List.of(rated.report()), new PrintWriter(report));
    String actual = RatedDump.of(rated.bytes()) + "== report\n" + report;
    Path golden = DIR.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file for %s (run with -Dgolden.update=true)", name).exists();
    assertThat(actual).isEqualTo(read(golden));
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
