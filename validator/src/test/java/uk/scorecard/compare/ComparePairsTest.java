package uk.scorecard.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.report.CompareReport;

/**
 * Each pair of months shows the kind of change it was made for, and its comparison and sentences
 * read as in {@code src/test/resources/compare/NAME.txt} ({@code -Dgolden.update=true} rewrites
 * them after a deliberate change; review the diff).
 */
class ComparePairsTest {

  private static final Path DIR = Path.of("src/test/resources/compare");
  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> eachPairShowsItsChangeAndMatchesItsGolden() {
    return MonthPairs.all().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getKey(), e.getValue())));
  }

  private void check(String name, MonthPairs.MonthPair pair) throws IOException, Exception {
    Comparison c =
        scorecard.compare(
            new Input("last.xlsx", pair.last()),
            new Input("this.xlsx", pair.now()),
            Options.DEFAULT);
    assertThat(c.differences()).extracting(Difference::kind).contains(pair.shows());
    StringWriter text = new StringWriter();
    CompareReport.text(c, new PrintWriter(text));
    Path golden = DIR.resolve(name + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(DIR);
      Files.writeString(golden, text.toString(), StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden for %s (run with -Dgolden.update=true)", name).exists();
    assertThat(text.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
