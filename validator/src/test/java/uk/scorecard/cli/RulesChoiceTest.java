package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.rules.Rules;
import uk.scorecard.rules.RulesException;

/** Finding a workbook's rules file: nearest first, upwards no further than the folder given. */
final class RulesChoiceTest {

  @TempDir Path dir;

  private final RulesChoice choice = new RulesChoice();

  @Test
  void theNearestRulesFileUpwardsWins() throws Exception {
    rules("repo/scorecard-rules.json", "15%");
    rules("repo/children/scorecard-rules.yaml", null);
    Path deep = dir.resolve("repo/children/2024/q1/board.xlsx");

    assertThat(tolerance(deep, dir.resolve("repo"))).isEqualTo("7%");
    assertThat(tolerance(dir.resolve("repo/other/board.xlsx"), dir.resolve("repo")))
        .isEqualTo("15%");
  }

  @Test
  void discoveryStopsAtTheFolderGiven() throws Exception {
    rules("repo/scorecard-rules.json", "15%");
    Path workbook = dir.resolve("repo/children/board.xlsx");

    assertThat(choice.forWorkbook(workbook, dir.resolve("repo/children"))).isSameAs(Rules.NONE);
    assertThat(tolerance(workbook, dir.resolve("repo"))).isEqualTo("15%");
  }

  @Test
  void anExplicitRulesFileWinsOverDiscovery() throws Exception {
    rules("repo/scorecard-rules.json", "15%");
    choice.file = rules("elsewhere/team.json", "3%");

    assertThat(tolerance(dir.resolve("repo/board.xlsx"), dir.resolve("repo"))).isEqualTo("3%");
  }

  @Test
  void aBrokenRulesFileIsReportedEachTimeItGovernsAWorkbook() throws Exception {
    Scorecards.put(
        dir,
        "repo/scorecard-rules.json",
        "{\"defaults\": {\"tolerance\": ".getBytes(StandardCharsets.UTF_8));

    for (String name : new String[] {"a.xlsx", "b.xlsx"}) {
      assertThatThrownBy(() -> choice.forWorkbook(dir.resolve("repo/" + name), dir))
          .isInstanceOf(RulesException.class)
          .hasMessageStartingWith(dir.resolve("repo/scorecard-rules.json") + ": not valid JSON");
    }
  }

  private String tolerance(Path workbook, Path root) throws RulesException {
    return choice.forWorkbook(workbook, root).defaultTolerance();
  }

  /** Writes a rules file with this default tolerance (7% when null, in YAML). */
  private Path rules(String relative, String tolerance) throws Exception {
    String text =
        relative.endsWith(".yaml")
            ? "defaults:\n  tolerance: \"7%\"\n"
            : "{\"defaults\": {\"tolerance\": \"" + tolerance + "\"}}";
    return Scorecards.put(dir, relative, text.getBytes(StandardCharsets.UTF_8));
  }
}
