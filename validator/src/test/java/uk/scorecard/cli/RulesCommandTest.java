package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.scorecard.check.RuleCatalogue;
import uk.scorecard.model.RuleDoc;

/** {@code rules} and {@code --list-rules} list every rule of the catalogue, one line each. */
class RulesCommandTest {

  @Test
  void listsEveryRuleWithItsSeverityAndDescription() {
    Run run = Run.of("rules");
    assertThat(run.code()).isEqualTo(Cli.CLEAN);
    assertThat(run.outLines()).hasSize(RuleCatalogue.all().size());
    assertThat(run.outLines()).anyMatch(l -> l.matches("percent-range +error +.*100%.*"));
    for (RuleDoc r : RuleCatalogue.all()) {
      assertThat(run.out()).contains(r.code()).contains(r.description());
    }
  }

  @Test
  void listRulesGivesTheSameList() {
    Run rules = Run.of("rules");
    Run listed = Run.of("--list-rules");

    assertThat(listed.code()).isEqualTo(Cli.CLEAN);
    assertThat(listed.out()).isEqualTo(rules.out());
    assertThat(listed.outLines()).anyMatch(l -> l.startsWith("part-above-whole "));
  }
}
