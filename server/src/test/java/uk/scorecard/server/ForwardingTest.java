package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The options that say which address the add-in's manifest names: off unless given, taken out of
 * the arguments before the rest are read, the environment beneath them, bad values refused in one
 * line.
 */
class ForwardingTest {

  @Test
  void offUnlessGiven() {
    List<String> args = new ArrayList<>(List.of("--port", "8080"));
    assertThat(Forwarding.take(args, Map.of())).isEqualTo(Forwarding.NONE);
    assertThat(args).containsExactly("--port", "8080");
  }

  @Test
  void theOptionsAreTakenOutOfTheArgumentsAndWinOverTheEnvironment() {
    List<String> args =
        new ArrayList<>(
            List.of("--trust-proxy", "--port", "8080", "--public-url", "https://a.example/"));
    Forwarding f =
        Forwarding.take(
            args,
            Map.of("SCORECARD_TRUST_PROXY", "false", "SCORECARD_PUBLIC_URL", "https://b.example"));
    assertThat(f).isEqualTo(new Forwarding(true, "https://a.example"));
    assertThat(args).containsExactly("--port", "8080");
    assertThat(Forwarding.take(new ArrayList<>(), Map.of("SCORECARD_TRUST_PROXY", "yes")).trusted())
        .isTrue();
    assertThat(Forwarding.take(new ArrayList<>(List.of("--trust-proxy=false")), Map.of()).trusted())
        .isFalse();
  }

  @Test
  void badValuesAreRefusedInOneLine() {
    assertThatThrownBy(() -> Forwarding.take(new ArrayList<>(List.of("--public-url")), Map.of()))
        .hasMessage("--public-url needs a value");
    assertThatThrownBy(
            () ->
                Forwarding.take(
                    new ArrayList<>(List.of("--public-url", "https://a.example/path")), Map.of()))
        .hasMessageStartingWith("--public-url must be a scheme and host");
    assertThatThrownBy(
            () -> Forwarding.take(new ArrayList<>(), Map.of("SCORECARD_TRUST_PROXY", "maybe")))
        .hasMessage("SCORECARD_TRUST_PROXY must be true or false, not 'maybe'");
  }
}
