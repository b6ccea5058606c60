package uk.scorecard.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which address the add-in's manifest names: the configured public URL when there is one; else,
 * only when the service is told it sits behind a proxy it trusts, the proxy's {@code
 * X-Forwarded-Proto} and {@code X-Forwarded-Host}; else the request's own scheme and Host. Off by
 * default, as any client can send those headers and so make the manifest name another host.
 */
record Forwarding(boolean trusted, @Nullable String publicUrl) {

  /** No proxy trusted and no public URL: the request's own address. */
  static final Forwarding NONE = new Forwarding(false, null);

  static final String HELP =
      String.format(
          "  %-28s %-36s %s%n  %-28s %-36s %s%n",
          "--trust-proxy",
          "(or $SCORECARD_TRUST_PROXY=true)",
          "name the address in X-Forwarded-Proto/-Host in the manifest",
          "--public-url URL",
          "(or $SCORECARD_PUBLIC_URL)",
          "the address the add-in's manifest names, e.g. https://scorecard.example.gov.uk");

  private static final String AUTHORITY = "[A-Za-z0-9.\\-\\[\\]:]+";

  Forwarding {
    if (publicUrl != null) {
      publicUrl = publicUrl.strip().replaceAll("/+$", "");
      if (!publicUrl.matches("(?i)https?://" + AUTHORITY)) {
        throw new IllegalArgumentException(
            "--public-url must be a scheme and host such as https://scorecard.example.gov.uk,"
                + " with no path");
      }
    }
  }

  /**
   * Takes {@code --trust-proxy} (or {@code --trust-proxy=true|false}) and {@code --public-url URL}
   * out of the arguments, before {@link ServerOptions} reads the rest, with the environment's
   * {@code SCORECARD_TRUST_PROXY} and {@code SCORECARD_PUBLIC_URL} beneath them.
   */
  static Forwarding take(List<String> args, Map<String, String> env) {
    boolean trusted =
        yes(env.getOrDefault("SCORECARD_TRUST_PROXY", "false"), "SCORECARD_TRUST_PROXY");
    String url = env.get("SCORECARD_PUBLIC_URL");
    for (int i = 0; i < args.size(); ) {
      String a = args.get(i);
      if (a.equals("--trust-proxy")) {
        args.remove(i);
        trusted = true;
      } else if (a.startsWith("--trust-proxy=")) {
        args.remove(i);
        trusted = yes(a.substring(a.indexOf('=') + 1), "--trust-proxy");
      } else if (a.startsWith("--public-url=")) {
        args.remove(i);
        url = a.substring(a.indexOf('=') + 1);
      } else if (a.equals("--public-url")) {
        args.remove(i);
        if (i >= args.size()) {
          throw new IllegalArgumentException("--public-url needs a value");
        }
        url = args.remove(i);
      } else {
        i++;
      }
    }
    return new Forwarding(trusted, url == null || url.isBlank() ? null : url);
  }

  /** The scheme, host and port the manifest names for this request. */
  String origin(Context ctx) {
    if (publicUrl != null) {
      return publicUrl.toLowerCase(Locale.ROOT);
    }
    String proto = trusted ? first(ctx.header("X-Forwarded-Proto")) : null;
    String host = trusted ? first(ctx.header("X-Forwarded-Host")) : null;
    String scheme = proto != null && proto.matches("(?i)https?") ? proto : ctx.scheme();
    String authority = host != null ? host : ctx.host();
    if (authority == null || !authority.matches(AUTHORITY)) {
      authority = "localhost"; // a Host header that is not a host cannot name the pane
    }
    return scheme.toLowerCase(Locale.ROOT) + "://" + authority;
  }

  private static boolean yes(String value, String name) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0", "" -> false;
      default ->
          throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
    };
  }

  private static @Nullable String first(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    return header.split(",")[0].strip();
  }
}
