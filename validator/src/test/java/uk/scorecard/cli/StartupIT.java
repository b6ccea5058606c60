package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The start-up rules a short run lives by, as a test rather than comments: the shaded jar checks
 * and rates the sample with class loading logged, and must load none of what a short run need not
 * start (the JDK's calendar and locale data, commons-compress, the XSLT serialiser, POI's DateUtil)
 * and no more classes than its budget, about a tenth above what it loads today.
 */
final class StartupIT {

  /** Classes a check or rate of an ordinary workbook must not load, and why. */
  private static final Pattern DENIED =
      Pattern.compile(
          "java\\.util\\.(Gregorian)?Calendar" // builds the JDK's calendar data
              + "|sun\\.util\\.calendar\\..*"
              + "|sun\\.util\\.locale\\.provider\\..*" // loads locale data
              + "|java\\.text\\.(DecimalFormatSymbols|DateFormatSymbols)"
              + "|org\\.apache\\.commons\\.compress\\..*" // our own zip reader does this
              + "|com\\.sun\\.org\\.apache\\.xalan\\..*" // our DomText writes small parts
              + "|com\\.sun\\.org\\.apache\\.xml\\.internal\\.serializer\\..*"
              + "|org\\.apache\\.poi\\.ss\\.usermodel\\.DateUtil"); // our ExcelDate and DateFormats

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} loads at most {1} classes and none denied")
  @CsvSource({"check, 2650", "rate, 2900"})
  void aShortRunLoadsOnlyWhatItNeeds(String command, int budget) throws Exception {
    Path sample =
        Path.of(
                System.getProperty(
                    "scorecard.sample", "../workbook-templates/samples/sample-scorecard.xlsx"))
            .toAbsolutePath();
    assertThat(sample).isRegularFile();
    Path log = dir.resolve("classes.txt");
    List<String> loaded = run(command, sample, log);
    assertThat(loaded)
        .as("classes loaded by %s that a short run must not load", command)
        .filteredOn(c -> DENIED.matcher(c).matches())
        .isEmpty();
    assertThat(loaded.size()).as("classes loaded by %s", command).isLessThanOrEqualTo(budget);
  }

  private List<String> run(String command, Path sample, Path log) throws Exception {
    Path jar =
        Path.of(System.getProperty("scorecard.jar", "target/scorecard-validator.jar"))
            .toAbsolutePath();
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info:file=" + log,
                "-cp",
                jar.toString(),
                Main.class.getName(),
                command,
                sample.toString()));
    if (command.equals("rate")) {
      cmd.addAll(List.of("-o", dir.resolve("rated.xlsx").toString()));
    }
    Process p =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isIn(0, 1);
    List<String> classes = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      String[] parts = line.split(" ");
      if (parts.length > 1) {
        classes.add(parts[1]);
      }
    }
    return classes;
  }
}
