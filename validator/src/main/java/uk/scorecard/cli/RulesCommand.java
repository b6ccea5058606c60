package uk.scorecard.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import uk.scorecard.check.RuleCatalogue;
import uk.scorecard.model.RuleDoc;

/** {@code rules}: lists every check with its code, default severity and what it finds. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = {
      "List every check: its code, default severity and what it finds.",
      "A rules file can switch one off or change its severity: {\"checks\":{\"CODE\":\"off\"}}."
    })
final class RulesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    list(spec.commandLine().getOut());
    return Cli.CLEAN;
  }

  /** Prints the catalogue, a rule a line: code, default severity, what it finds. */
  static void list(PrintWriter out) {
    int width = RuleCatalogue.all().stream().mapToInt(r -> r.code().length()).max().orElse(10);
    for (RuleDoc r : RuleCatalogue.all()) {
      out.printf("%-" + width + "s  %-7s  %s%n", r.code(), r.severity().word(), r.description());
    }
    out.flush();
  }
}
