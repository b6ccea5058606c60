package uk.scorecard.server;

import io.javalin.config.JavalinConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.jspecify.annotations.Nullable;

/**
 * HTTPS from a PEM certificate (chain) and its PEM private key (PKCS#8, as openssl 3 and mkcert
 * write them): {@code --tls-cert FILE --tls-key FILE}, or {@code SCORECARD_TLS_CERT} and {@code
 * SCORECARD_TLS_KEY}. Office loads an add-in's pane only over HTTPS.
 */
public record Tls(KeyStore keyStore) {

  private static final char[] NO_PASSWORD = new char[0];
  private static final Pattern PEM =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  /** The help lines for the two options. */
  static final String HELP =
      String.format(
          "  %-28s %-36s %s%n  %-28s %-36s %s%n",
          "--tls-cert FILE",
          "(or $SCORECARD_TLS_CERT)",
          "serve HTTPS with this PEM certificate",
          "--tls-key FILE",
          "(or $SCORECARD_TLS_KEY)",
          "and this PEM (PKCS#8) private key");

  /** The certificate and key files, read into a key store; a one-line reason when they cannot. */
  public static Tls load(Path cert, Path key) {
    try {
      List<Certificate> chain = new ArrayList<>();
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      for (byte[] der : blocks(Files.readString(cert, StandardCharsets.US_ASCII), "CERTIFICATE")) {
        chain.add(cf.generateCertificate(new ByteArrayInputStream(der)));
      }
      List<byte[]> keys = blocks(Files.readString(key, StandardCharsets.US_ASCII), "PRIVATE KEY");
      if (chain.isEmpty()) {
        throw new IllegalArgumentException(cert + " holds no PEM certificate");
      }
      if (keys.isEmpty()) {
        throw new IllegalArgumentException(
            key
                + " holds no PKCS#8 PEM private key (BEGIN PRIVATE KEY); convert it with"
                + " openssl pkcs8 -topk8 -nocrypt");
      }
      PrivateKey pk = privateKey(keys.get(0), chain.get(0).getPublicKey().getAlgorithm());
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("scorecard", pk, NO_PASSWORD, chain.toArray(new Certificate[0]));
      return new Tls(ks);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the TLS files: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the TLS certificate or key is not usable: " + e);
    }
  }

  /**
   * Takes {@code --tls-cert} and {@code --tls-key} out of the arguments (the rest are for {@link
   * ServerOptions}); the TLS settings from them or the environment, or null for plain HTTP.
   */
  static @Nullable Tls take(List<String> args, Map<String, String> env) {
    String cert = env.get("SCORECARD_TLS_CERT");
    String key = env.get("SCORECARD_TLS_KEY");
    for (int i = 0; i < args.size(); ) {
      String a = args.get(i);
      String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
      if (!name.equals("--tls-cert") && !name.equals("--tls-key")) {
        i++;
        continue;
      }
      args.remove(i);
      String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : null;
      if (value == null) {
        if (i >= args.size()) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        value = args.remove(i);
      }
      if (name.equals("--tls-cert")) {
        cert = value;
      } else {
        key = value;
      }
    }
    if (cert == null && key == null) {
      return null;
    }
    if (cert == null || key == null) {
      throw new IllegalArgumentException("--tls-cert and --tls-key must be given together");
    }
    return load(Path.of(cert), Path.of(key));
  }

  /** Makes the app listen with HTTPS only, on this host and port. */
  public void listen(JavalinConfig cfg, String host, int port) {
    cfg.jetty.addConnector(
        (server, http) -> {
          SslContextFactory.Server ssl = new SslContextFactory.Server();
          ssl.setKeyStore(keyStore);
          ssl.setKeyStorePassword("");
          ssl.setKeyManagerPassword("");
          HttpConfiguration https = new HttpConfiguration(http);
          SecureRequestCustomizer secure = new SecureRequestCustomizer();
          secure.setSniHostCheck(false); // a development certificate may name localhost only
          https.addCustomizer(secure);
          ServerConnector c = new ServerConnector(server, ssl, new HttpConnectionFactory(https));
          c.setHost(host);
          c.setPort(port);
          return c;
        });
  }

  private static PrivateKey privateKey(byte[] pkcs8, String algorithm)
      throws GeneralSecurityException {
    return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  private static List<byte[]> blocks(String pem, String type) {
    List<byte[]> out = new ArrayList<>();
    Matcher m = PEM.matcher(pem);
    while (m.find()) {
      if (m.group(1).equals(type)) {
        out.add(Base64.getMimeDecoder().decode(m.group(2)));
      }
    }
    return out;
  }
}
