package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service over real HTTPS with a self-signed certificate made by openssl, as README tells a
 * developer to make one: the pane and manifest are served, the manifest names https URLs, a client
 * that does not trust the certificate is refused, and bad files are one-line reasons.
 */
class TlsTest {

  @TempDir Path dir;

  @Test
  void servesTheAddInOverHttpsWithAGivenCertificate() throws Exception {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    selfSigned(cert, key);
    List<String> args =
        new ArrayList<>(List.of("--port", "0", "--tls-cert", cert.toString(), "--tls-key=" + key));
    Tls tls = Tls.take(args, Map.of());
    assertThat(args)
        .as("the TLS options are taken out for ServerOptions")
        .containsExactly("--port", "0");
    Javalin app = App.create(Served.config(), new FakeEngine(), tls).start("127.0.0.1", 0);
    try {
      String origin = "https://localhost:" + app.port();
      HttpClient client = HttpClient.newBuilder().sslContext(trusting(cert)).build();
      HttpResponse<String> manifest = get(client, origin + "/addin/manifest.xml");
      assertThat(manifest.statusCode()).isEqualTo(200);
      assertThat(ManifestTest.urls(manifest.body()))
          .isNotEmpty()
          .allSatisfy(u -> assertThat(u).startsWith(origin + "/"));
      assertThat(get(client, origin + "/addin/taskpane.html").body()).contains("Check and rate");
      assertThat(get(client, origin + "/health/live").statusCode()).isEqualTo(200);

      HttpClient untrusting = HttpClient.newHttpClient();
      assertThatThrownBy(() -> get(untrusting, origin + "/health/live"))
          .isInstanceOf(SSLHandshakeException.class);
    } finally {
      app.stop();
    }
  }

  @Test
  void filesThatAreNotACertificateAndKeyAreOneLineReasons() throws Exception {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    Files.writeString(cert, "not a certificate");
    Files.writeString(key, "nor a key");
    assertThatThrownBy(() -> Tls.load(cert, key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no PEM certificate");
    assertThatThrownBy(() -> Tls.take(new ArrayList<>(List.of("--tls-cert", "a.pem")), Map.of()))
        .hasMessage("--tls-cert and --tls-key must be given together");
    assertThat(Tls.take(new ArrayList<>(List.of("--port", "1")), Map.of())).isNull();
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The README's command for a development certificate, for localhost and 127.0.0.1. */
  static void selfSigned(Path cert, Path key) throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "no openssl: TLS test skipped");
    Process p =
        new ProcessBuilder(
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "1",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                key.toString(),
                "-out",
                cert.toString())
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  /** A client context that trusts exactly this certificate. */
  static SSLContext trusting(Path cert) throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    try (InputStream in = Files.newInputStream(cert)) {
      trust.setCertificateEntry(
          "dev", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(null, tmf.getTrustManagers(), null);
    return ctx;
  }
}
