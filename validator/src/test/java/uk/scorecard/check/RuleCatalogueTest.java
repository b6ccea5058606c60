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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.RuleDoc;
import uk.scorecard.model.Severity;
import uk.scorecard.read.ReadCodes;

/** The catalogue, the constraints, docs/rules.md and the README's Checks table agree. */
final class RuleCatalogueTest {

  /** Where the page lives, from the validator module's directory (where Maven runs tests). */
  static final Path PAGE = Path.of("..", "docs", "rules.md");

  static final Path README = Path.of("..", "README.md");
  private static final String TABLE_START =
      "<!-- the rules table: generated from RuleCatalogue -->";
  private static final String TABLE_END = "<!-- end of the rules table -->";

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
  void theReadmesChecksTableIsWhatTheCatalogueRenders() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(TABLE_START);
    int end = readme.indexOf(TABLE_END);
    assertThat(start).as("README.md has the markers of its Checks table").isPositive();
    assertThat(end).isGreaterThan(start);
    String head = readme.substring(0, start + TABLE_START.length()) + "\n";
    if (Boolean.getBoolean("scorecard.writeDocs")) {
      readme = head + RuleCatalogue.table() + readme.substring(end);
      Files.writeString(README, readme, StandardCharsets.UTF_8);
    }
    assertThat(readme.substring(head.length(), readme.indexOf(TABLE_END)))
        .as("README.md's Checks table is generated: run the tests with -Dscorecard.writeDocs=true")
        .isEqualTo(RuleCatalogue.table());
  }

  @Test
  void codesAreUniqueKebabCaseAndDescribed() {
    List<String> codes = RuleCatalogue.all().stream().map(RuleDoc::code).toList();
    assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z]+(-[a-z0-9]+)*"));
    assertThat(RuleCatalogue.all()).allSatisfy(r -> assertThat(r.description()).endsWith("."));
    assertThat(RuleCatalogue.find("percent-range")).map(RuleDoc::severity).contains(Severity.ERROR);
  }

  @Test
  void everyConstraintNamesACatalogueRuleAtItsSeverity() {
    Map<String, Severity> catalogue =
        RuleCatalogue.all().stream().collect(Collectors.toMap(RuleDoc::code, RuleDoc::severity));
    List<ConstraintDescriptor<?>> constraints = new ArrayList<>();
    for (Class<?> c : List.of(CheckedRow.class, CheckedValue.class, CheckedLimit.class)) {
      BeanDescriptor d = RowChecks.validator().getConstraintsForClass(c);
      constraints.addAll(d.getConstraintDescriptors());
    }
    // Each constraint names its Rule, which gives its code and severity: said once.
    assertThat(constraints)
        .hasSize(21)
        .allSatisfy(
            d -> {
              Rule rule = (Rule) d.getAttributes().get("rule");
              assertThat(catalogue).containsEntry(rule.code(), rule.severity());
              assertThat(d.getPayload()).as(rule.code()).isEmpty();
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
        .extracting(RuleDoc::code)
        .filteredOn(code -> !readerCodes.contains(code))
        .hasSizeGreaterThan(25)
        .allMatch(code -> messages.containsKey("scorecard." + code));
  }
}
