package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arguments win over the environment, which wins over the defaults; workers follow the heap. */
class ServerConfigTest {

  private static final long MB = 1024L * 1024L;

  @Test
  void defaults() {
    ServerConfig c = ServerOptions.parse(new String[0], Map.of());
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(7070);
    assertThat(c.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(c.timeLimit()).isEqualTo(Duration.ofSeconds(60));
    assertThat(c.queueLength()).isEqualTo(32);
    assertThat(c.maxWait()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.memoryBytes()).isEqualTo(Runtime.getRuntime().maxMemory() - 48 * MB);
    assertThat(c.workers())
        .isEqualTo(
            Sizing.workers(
                c.memoryBytes(), c.maxUploadBytes(), Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void environmentThenArguments() {
    Map<String, String> env =
        Map.of("PORT", "8080", "SCORECARD_MAX_UPLOAD_MB", "5", "SCORECARD_QUEUE", "10");
    assertThat(ServerOptions.parse(new String[0], env).port()).isEqualTo(8080);
    ServerConfig c =
        ServerOptions.parse(
            new String[] {
              "--port",
              "9090",
              "--host=0.0.0.0",
              "--max-concurrent",
              "2",
              "--time-limit-seconds",
              "10",
              "--max-wait-seconds",
              "3",
              "--memory-mb",
              "200",
              "--stall-seconds",
              "4",
              "--upload-seconds",
              "50",
              "--min-upload-kb-per-second",
              "8"
            },
            env);
    assertThat(c.port()).isEqualTo(9090);
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.maxUploadBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(c.workers()).as("--max-concurrent is --workers' older name").isEqualTo(2);
    assertThat(c.queueLength()).isEqualTo(10);
    assertThat(c.timeLimit()).isEqualTo(Duration.ofSeconds(10));
    assertThat(c.maxWait()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.memoryBytes()).isEqualTo(200 * MB);
    assertThat(c.stallTime()).isEqualTo(Duration.ofSeconds(4));
    assertThat(c.maxUploadTime()).isEqualTo(Duration.ofSeconds(50));
    assertThat(c.minUploadBytesPerSecond()).isEqualTo(8 * 1024);
  }

  @Test
  void workersFollowTheMemoryAWorkbookNeeds() {
    // A 20 MB upload needs 3 × 20 + 6 = 66 MB at work: 464 MB holds 7, 200 MB holds 3.
    assertThat(Sizing.perWorkbook(20 * MB)).isEqualTo(66 * MB);
    assertThat(Sizing.workers(464 * MB, 20 * MB, 8)).isEqualTo(7);
    assertThat(Sizing.workers(464 * MB, 20 * MB, 2))
        .as("no more than twice the cores")
        .isEqualTo(4);
    assertThat(Sizing.workers(200 * MB, 20 * MB, 8)).isEqualTo(3);
    assertThat(Sizing.workers(30 * MB, 20 * MB, 8)).as("always one").isEqualTo(1);
    assertThat(Sizing.memoryBudget(512 * MB)).isEqualTo(464 * MB);
    ServerConfig small = ServerOptions.parse(new String[] {"--memory-mb", "200"}, Map.of());
    assertThat(small.workers())
        .isEqualTo(Math.min(3, 2 * Runtime.getRuntime().availableProcessors()));
    ServerConfig smallUploads =
        ServerOptions.parse(new String[] {"--memory-mb", "200", "--max-upload-mb", "5"}, Map.of());
    assertThat(smallUploads.workers())
        .isEqualTo(Math.min(200 / 21, 2 * Runtime.getRuntime().availableProcessors()));
  }

  @Test
  void badValuesSayWhatIsWrong() {
    assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port", "seventy"}, Map.of()))
        .hasMessageContaining("port")
        .hasMessageContaining("seventy");
    assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--colour", "red"}, Map.of()))
        .hasMessageContaining("--colour");
    assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port"}, Map.of()))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--port", "70000"}, Map.of()))
        .hasMessageContaining("65535");
    assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--workers", "0"}, Map.of()))
        .hasMessageContaining("at least one");
    assertThat(ServerOptions.help()).contains("--queue", "SCORECARD_QUEUE", "--memory-mb");
  }

  @Test
  void theResultsKeptAndTheFeedbackAddressAreOptions() {
    ServerConfig d = ServerOptions.parse(new String[0], Map.of());
    assertThat(d.keep()).isEqualTo(Keeping.DEFAULT);
    assertThat(d.keep().words()).isEqualTo("10 minutes");
    assertThat(d.feedback()).isEqualTo("/guidance#feedback");
    ServerConfig c =
        ServerOptions.parse(
            new String[] {"--keep-results-minutes", "1", "--max-results", "5"},
            Map.of(
                "SCORECARD_FEEDBACK_URL",
                "mailto:performance@example.org",
                "SCORECARD_MAX_RESULTS_MB",
                "8"));
    assertThat(c.keep().words()).isEqualTo("1 minute");
    assertThat(c.keep().count()).isEqualTo(5);
    assertThat(c.keep().bytes()).isEqualTo(8L * 1024 * 1024);
    assertThat(c.feedback()).isEqualTo("mailto:performance@example.org");
    assertThatThrownBy(
            () ->
                ServerOptions.parse(
                    new String[] {"--feedback-url", "javascript:alert(1)"}, Map.of()))
        .hasMessageContaining("feedback address");
    assertThatThrownBy(
            () -> ServerOptions.parse(new String[] {"--keep-results-minutes", "0"}, Map.of()))
        .hasMessageContaining("kept");
    assertThat(ServerOptions.help())
        .contains("--feedback-url URL", "SCORECARD_KEEP_RESULTS_MINUTES");
  }
}
