package uk.scorecard.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Report;

/** The templates we publish pass our own check: indicators found, no error findings. */
class TemplatesCheckTest {

  @ParameterizedTest
  @ValueSource(strings = {"scorecard-template.xlsx", "scorecard-template-quarterly.xlsx"})
  void templatePassesCheckWithoutErrors(String name) throws Exception {
    Path file = Path.of("../workbook-templates", name);
    Report r = new Scorecard().check(new Input(name, Files.readAllBytes(file)), Options.DEFAULT);
    assertThat(r.indicators()).as("indicators read from %s", name).hasSizeGreaterThan(5);
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }
}
