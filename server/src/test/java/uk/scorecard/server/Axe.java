package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (Deque's, from the axe-core Selenium jar, so nothing is fetched) run on the page a
 * browser shows: every violation of the WCAG 2.x A and AA rules and axe's best practices (such as
 * {@code region}: all content in landmarks), as "rule (impact): help at selector" lines.
 */
final class Axe {
  private Axe() {}

  private static final String SOURCE = source();

  private static final String RUN =
      """
      const done = arguments[arguments.length - 1]
      axe.run(document, {resultTypes: ['violations']})
        .then(r => done(JSON.stringify(r.violations.map(v => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.map(n => n.target.join(' '))})))))
        .catch(e => done('{"error": ' + JSON.stringify(String(e)) + '}'))
      """;

  /** The violations on the page as it stands now. */
  static List<String> violations(ChromeDriver b) {
    b.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    if (!Boolean.TRUE.equals(b.executeScript("return typeof window.axe === 'object'"))) {
      b.executeScript(SOURCE); // through the driver, which the page's CSP does not govern
    }
    String json = (String) b.executeAsyncScript(RUN);
    List<String> out = new ArrayList<>();
    try {
      JsonNode all = new ObjectMapper().readTree(json);
      if (all.has("error")) {
        throw new AssertionError("axe-core failed: " + all.get("error").asText());
      }
      for (JsonNode v : all) {
        out.add(
            v.path("id").asText()
                + " ("
                + v.path("impact").asText()
                + "): "
                + v.path("help").asText()
                + " at "
                + v.path("nodes"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Fails, naming the page state, on any violation. */
  static void assertNone(ChromeDriver b, String state) {
    assertThat(violations(b)).as("axe-core on " + state + " (" + b.getCurrentUrl() + ")").isEmpty();
  }

  private static String source() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the test classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
