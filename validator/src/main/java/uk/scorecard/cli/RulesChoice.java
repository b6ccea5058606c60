package uk.scorecard.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import uk.scorecard.rules.Rules;
import uk.scorecard.rules.RulesException;
import uk.scorecard.rules.RulesFile;

/**
 * The {@code --rules} option, and finding {@code scorecard-rules.json|yaml|yml} for a workbook: in
 * its folder, then each folder above it up to the folder given on the command line; the nearest
 * wins. Each rules file is read once however many workbooks it governs.
 */
final class RulesChoice {

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description =
          "Rules file (JSON or YAML) for every workbook. Default: the nearest "
              + "scorecard-rules.json, .yaml or .yml in the workbook's folder or a folder above it, "
              + "up to the folder given on the command line.")
  Path file;

  private final Map<Path, Loaded> loaded = new HashMap<>();

  /** A rules file read, or why it could not be. */
  private record Loaded(Rules rules, RulesException problem) {}

  /** The rules for a workbook beside it or in a folder above it up to {@code root}, or none. */
  Rules forWorkbook(Path workbook, Path root) throws RulesException {
    if (file != null) {
      return load(file);
    }
    Path stop = root.toAbsolutePath().normalize();
    for (Path dir = workbook.toAbsolutePath().normalize().getParent();
        dir != null;
        dir = dir.getParent()) {
      for (String name : RulesFile.NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return load(candidate);
        }
      }
      if (dir.equals(stop) || !dir.startsWith(stop)) {
        break;
      }
    }
    return Rules.NONE;
  }

  private Rules load(Path rulesFile) throws RulesException {
    Loaded l =
        loaded.computeIfAbsent(
            rulesFile.toAbsolutePath().normalize(),
            p -> {
              try {
                return new Loaded(RulesFile.load(rulesFile), null);
              } catch (RulesException e) {
                return new Loaded(null, e);
              }
            });
    if (l.problem() != null) {
      throw l.problem();
    }
    return l.rules();
  }
}
