package uk.scorecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import uk.scorecard.rules.Rules;
import uk.scorecard.rules.RulesException;
import uk.scorecard.rules.RulesFile;

/** The {@code --rules} option, and finding {@code scorecard-rules.json|yaml} beside a workbook. */
final class RulesChoice {

  @Option(names = "--rules", paramLabel = "FILE",
      description = "Rules file (JSON or YAML). Default: scorecard-rules.json or .yaml beside "
          + "the workbook, if there is one.")
  Path file;

  /** The rules for a workbook: the given file, else one beside it, else none. */
  Rules forWorkbook(Path workbook) throws RulesException {
    if (file != null) {
      return RulesFile.load(file);
    }
    Path dir = workbook.toAbsolutePath().getParent();
    for (String name : RulesFile.NAMES) {
      Path candidate = dir == null ? Path.of(name) : dir.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return RulesFile.load(candidate);
      }
    }
    return Rules.NONE;
  }
}
