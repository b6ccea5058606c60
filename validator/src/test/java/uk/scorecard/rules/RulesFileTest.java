package uk.scorecard.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules files that must be refused: a key given twice (the last would win silently), and files
 * whose refusal once echoed a 900 KB key or Java class names. Each refusal is one short line.
 */
final class RulesFileTest {

  @Test
  void aJsonKeyGivenTwiceIsRefusedNamingTheKeyAndBothLines() {
    String json =
        "{\"indicators\": {\n  \"FD 8\": {\"target\": \"22%\"},\n"
            + "  \"FD 8\": {\"target\": \"30%\"}\n}}";

    assertThat(refusal("rules.json", json))
        .isEqualTo(
            "rules.json: the key 'FD 8' appears twice"
                + " in indicators (lines 2 and 3): keep one of them");
  }

  @Test
  void aYamlKeyGivenTwiceIsRefusedNamingTheKeyAndBothLines() {
    String yaml = "indicators:\n  FD 8:\n    target: 22%\n  FD 8:\n    target: 30%\n";

    assertThat(refusal("rules.yaml", yaml))
        .isEqualTo(
            "rules.yaml: the key 'FD 8' appears twice"
                + " in indicators (lines 2 and 4): keep one of them");
  }

  @Test
  void keysThatDifferOnlyInSurroundingSpacesAreTheSameKey() {
    String json =
        "{\"checks\": {\"value-jump\": \"off\"},\n\"indicators\": {\"FD 8\": {},\n"
            + "\" FD 8 \": {}}}";

    assertThat(refusal("r.json", json))
        .isEqualTo(
            "r.json: the key 'FD 8' appears twice in"
                + " indicators (lines 2 and 3): keep one of them");
  }

  @Test
  void aTopLevelKeyGivenTwiceIsRefused() {
    String yaml = "checks:\n  value-jump: off\ndefaults:\n  tolerance: 5%\nchecks:\n  rag: off\n";

    assertThat(refusal("r.yml", yaml))
        .isEqualTo(
            "r.yml: the key 'checks' appears twice at the"
                + " top level (lines 1 and 5): keep one of them");
  }

  @Test
  void theSameKeyInTwoPlacesIsNoDuplicate() throws Exception {
    String json =
        "{\"indicators\": {\"FD 8\": {\"target\": \"22%\"}, \"FD 9\": {\"target\":"
            + " \"30%\"}}, \"defaults\": {\"tolerance\": \"5%\"}}";

    assertThat(RulesFile.parse("r.json", json.getBytes(StandardCharsets.UTF_8)).indicators())
        .containsOnlyKeys("FD 8", "FD 9");
  }

  static Stream<Arguments> misshapen() {
    return Stream.of(
        Arguments.of(
            "r.json",
            "{\"indicators\":{\"FD 8\":\"lower\"}}",
            "r.json: indicators.FD 8"
                + " at line 1 should be a set of keys (polarity, target, tolerance, blue), not a"
                + " single value"),
        Arguments.of(
            "r.json",
            "{\"indicators\":[1,2]}",
            "r.json: indicators at line 1 should be a set of keys, not a list"),
        Arguments.of(
            "r.json",
            "{\"checks\":{\"value-jump\":{\"x\":1}}}",
            "r.json: checks.value-jump at line 1 should be a single value, not a set of keys"),
        Arguments.of(
            "r.json",
            "{\"indicators\":{\"FD 8\":{\"target\":\"22%\"",
            "r.json: not valid JSON: line 1: a '{' is not closed"),
        Arguments.of(
            "r.yaml",
            "indicators: [\n  - a\n",
            "r.yaml: not valid YAML at line 2: expected the node content, but found '-'"));
  }

  /** The mistakes people make editing a rules file by hand, each named in plain English. */
  static Stream<Arguments> handMistakes() {
    return Stream.of(
        Arguments.of(
            "r.json",
            "{\n  \"indicators\": {\n    \"FD 8\": {\"target\": \"22%\"}\n",
            "r.json: not valid JSON: line 2: a '{' is not closed"),
        Arguments.of(
            "r.json",
            "{\n  \"indicators\": {\n    \"FD 8\": {\"target\": \"22%\",}\n  }\n}",
            "r.json: not valid JSON: line 3: a ',' before the '}': remove the comma after the"
                + " last entry"),
        Arguments.of(
            "r.json",
            "{\"indicators\": {\n  \"FD 8\": {}\n  \"FD 9\": {}\n}}",
            "r.json: not valid JSON: line 3: a ',' is missing before \"FD 9\""),
        Arguments.of(
            "r.json",
            "{\"indicators\": {\n  \"FD 8\": {target: \"22%\"}}}",
            "r.json: not valid JSON: line 2: the key 'target' needs double quotes: \"target\""),
        Arguments.of(
            "r.json",
            "{\"defaults\": {\"tolerance\": 10%}}",
            "r.json: not valid JSON: line 1: the value '10%' needs double quotes: \"10%\""),
        Arguments.of(
            "r.json",
            "{\"indicators\": [\n  \"FD 8\"\n}",
            "r.json: not valid JSON: line 3: a '}' closes the '[' opened on line 1 (it needs a"
                + " ']')"),
        Arguments.of(
            "r.json",
            "{\"defaults\": {\"tolerance\": \"10%}}\n",
            "r.json: not valid JSON: line 1: a '\"' is not closed (a text in quotes must end on"
                + " the line it starts)"),
        Arguments.of(
            "r.json",
            "// rules\n{}",
            "r.json: not valid JSON: line 1: JSON has no"
                + " comments; use a YAML rules file (scorecard-rules.yaml) to keep notes beside the"
                + " rules"),
        Arguments.of(
            "r.yaml",
            "indicators:\n  FD 8: {target: 22%\n",
            "r.yaml: not valid YAML: line 2: a '{' is not closed"),
        Arguments.of(
            "r.yaml",
            "indicators:\n  FD 8:\n\ttarget: 22%\n",
            "r.yaml: not valid YAML: line 3: a tab: YAML indents with spaces only"),
        Arguments.of(
            "r.yaml",
            "indicators:\n  FD 8:\n    target: 22%\n   tolerance: 2pp\n",
            "r.yaml: not valid YAML: line 4: its indentation does not line up with the lines"
                + " above it"));
  }

  @ParameterizedTest
  @MethodSource("handMistakes")
  void aMistakeMadeByHandIsNamedInPlainEnglish(String name, String content, String message) {
    assertThatThrownBy(() -> RulesFile.parse(name, content.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RulesException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @MethodSource("misshapen")
  void aMisshapenFileIsRefusedInOurWordsWithoutJavaNames(
      String name, String content, String message) {
    String refusal = refusal(name, content);

    assertThat(refusal).startsWith(message);
    assertThat(refusal)
        .doesNotContain("java", "Java", "`", "uk.scorecard", "jackson", "JsonToken", "\n")
        .hasSizeLessThanOrEqualTo(200);
  }

  static Stream<Arguments> huge() {
    return Stream.of(
        Arguments.of("r.json", "{\"indicators\":{\"%s\":{\"target\":\"95%%\"}}}"),
        Arguments.of("r.json", "{\"%s\":1}"),
        Arguments.of("r.yaml", "indicators:\n  %s:\n    target: 95%%\n"),
        Arguments.of("r.yaml", "indicators:\n  FD 8:\n    target: %s\n"),
        Arguments.of("r.json", "{\"indicators\":{\"FD 8\":{\"target\":\"%s\"}}}"),
        Arguments.of("r.json", "{\"checks\":{\"value-jump\":%s}}"));
  }

  @ParameterizedTest
  @MethodSource("huge")
  void aHugeKeyOrValueIsRefusedInOneShortLine(String name, String template) {
    String huge = "9".repeat(900_000);

    String refusal =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2), () -> refusal(name, String.format(template, huge)));

    assertThat(refusal)
        .startsWith(name + ": ")
        .doesNotContain("\n", "`", "java", "999999999")
        .hasSizeLessThanOrEqualTo(200);
  }

  private static String refusal(String name, String content) {
    RulesException e =
        catchThrowableOfType(
            RulesException.class,
            () -> RulesFile.parse(name, content.getBytes(StandardCharsets.UTF_8)));
    assertThat(e).as("refused").isNotNull();
    return e.getMessage();
  }
}
