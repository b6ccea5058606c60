package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Arguments win over the environment, which wins over the defaults. */
class ServerConfigTest {

  @Test
  void defaults() {
    ServerConfig c = ServerConfig.parse(new String[0], Map.of());
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(7070);
    assertThat(c.maxUploadBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(c.timeLimit()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void environmentThenArguments() {
    Map<String, String> env = Map.of("PORT", "8080", "SCORECARD_MAX_UPLOAD_MB", "5");
    assertThat(ServerConfig.parse(new String[0], env).port()).isEqualTo(8080);
    ServerConfig c = ServerConfig.parse(new String[] {"--port", "9090", "--host=0.0.0.0",
        "--max-concurrent", "2", "--time-limit-seconds", "10"}, env);
    assertThat(c.port()).isEqualTo(9090);
    assertThat(c.host()).isEqualTo("0.0.0.0");
    assertThat(c.maxUploadBytes()).isEqualTo(5L * 1024 * 1024);
    assertThat(c.maxConcurrent()).isEqualTo(2);
    assertThat(c.timeLimit()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void badValuesSayWhatIsWrong() {
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port", "seventy"}, Map.of()))
        .hasMessageContaining("port").hasMessageContaining("seventy");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--colour", "red"}, Map.of()))
        .hasMessageContaining("--colour");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port"}, Map.of()))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(() -> ServerConfig.parse(new String[] {"--port", "70000"}, Map.of()))
        .hasMessageContaining("65535");
  }
}
