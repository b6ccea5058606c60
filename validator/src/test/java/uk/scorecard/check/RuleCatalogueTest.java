package uk.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import uk.scorecard.read.ReadCodes;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scorecard.check.RuleCatalogue.RuleInfo;
import uk.scorecard.model.Severity;

/** The catalogue, the constraints and docs/rules.md say the same thing. */
final class RuleCatalogueTest {

  /** Where the page lives, from the validator module's directory (where Maven runs tests). */
  static final Path PAGE = Path.of("..", "docs", "rules.md");

  @Test
  void docsRulesMdIsWhatTheCatalogueRenders() throws Exception {
    if (Boolean.getBoolean("scorecard.writeDocs")) {
      Files.writeString(PAGE, RuleCatalogue.markdown(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/rules.md is generated: run the tests with -Dscorecard.writeDocs=true")
        .isEqualTo(RuleCatalogue.markdown());
  }

  @Test
  void codesAreUniqueKebabCaseAndDescribed() {
    List<String> codes = RuleCatalogue.all().stream().map(RuleInfo::code).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z]+(-[a-z0-9]+)*"));
    assertThat(RuleCatalogue.all()).allSatisfy(r -> assertThat(r.description()).endsWith("."));
    assertThat(RuleCatalogue.find("percent-range"))
        .map(RuleInfo::severity)
        .contains(Severity.ERROR);
  }

  @Test
  void everyConstraintNamesACatalogueRuleAtItsSeverity() {
    Map<String, Severity> catalogue =
        RuleCatalogue.all().stream().collect(Collectors.toMap(RuleInfo::code, RuleInfo::severity));
    List<ConstraintDescriptor<?>> constraints = new ArrayList<>();
    for (Class<?> c : List.of(CheckedRow.class, CheckedValue.class, CheckedLimit.class)) {
      BeanDescriptor d = RowChecks.validator().getConstraintsForClass(c);
      constraints.addAll(d.getConstraintDescriptors());
    }
    assertThat(constraints)
        .hasSize(22)
        .allSatisfy(
            d -> {
              String code = (String) d.getAttributes().get("code");
              assertThat(catalogue).containsKey(code);
              assertThat(Level.of(d.getPayload())).as(code).isEqualTo(catalogue.get(code));
            });
  }

  @Test
  void theCapIsTheOneTheCatalogueStates() {
    assertThat(RuleCatalogue.find("findings-capped").orElseThrow().description())
        .startsWith(String.format(java.util.Locale.UK, "More than %,d findings", Findings.CAP));
  }

  @Test
  void everyRuleTheCheckerMakesHasAMessage() {
    ResourceBundle messages = ResourceBundle.getBundle("ValidationMessages");
    // The reader words its own findings where it finds them; every other rule has a message here.
    List<String> readerCodes = ReadCodes.READER_ONLY;
    assertThat(RuleCatalogue.all())
        .extracting(RuleInfo::code)
        .filteredOn(code -> !readerCodes.contains(code))
        .hasSizeGreaterThan(25)
        .allMatch(code -> messages.containsKey("scorecard." + code));
  }
}
