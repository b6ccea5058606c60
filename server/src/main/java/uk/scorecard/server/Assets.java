package uk.scorecard.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * The page's CSS, JavaScript and icon, read once from the classpath and served by us, so the page
 * loads nothing from another host. GOV.UK Frontend comes from its WebJar; its stylesheet is
 * rewritten on load to drop the GDS Transport font and the crown, which belong to GOV.UK alone.
 */
public final class Assets {

  /** A file we serve: its type and bytes. */
  public record Asset(String contentType, byte[] bytes) {}

  private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/";
  private static final String OURS = "uk/scorecard/server/assets/";

  private final Map<String, Asset> files;

  /** Loads every asset; fails at startup, not on a request, when one is missing. */
  public Assets() {
    String govuk = WEBJAR + version() + "/dist/govuk/";
    files =
        Map.of(
            "govuk-frontend.css",
                new Asset(
                    "text/css; charset=utf-8",
                    withoutGovukBrand(text(govuk + "govuk-frontend.min.css"))
                        .getBytes(StandardCharsets.UTF_8)),
            "govuk-frontend.min.js",
                new Asset("text/javascript; charset=utf-8", bytes(govuk + "govuk-frontend.min.js")),
            "app.js", new Asset("text/javascript; charset=utf-8", bytes(OURS + "app.js")),
            "app.css", new Asset("text/css; charset=utf-8", bytes(OURS + "app.css")),
            "favicon.svg", new Asset("image/svg+xml", bytes(OURS + "favicon.svg")));
  }

  /** Serves {@code /assets/{file}}, or 404. */
  public void serve(Context ctx) {
    Asset a = files.get(ctx.pathParam("file"));
    if (a == null) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
      return;
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(a.contentType()).result(a.bytes());
  }

  /** The names of the files served under {@code /assets/}. */
  public java.util.Set<String> names() {
    return files.keySet();
  }

  /** GOV.UK Frontend's stylesheet without the GDS Transport font faces and the crown image. */
  static String withoutGovukBrand(String css) {
    return css.replaceAll("@font-face\\s*\\{[^}]*}", "")
        .replaceAll("font-family:\\s*\"?GDS Transport\"?\\s*,", "font-family:")
        .replaceAll(
            "font-family:\\s*\"?GDS Transport\"?\\s*([;}])", "font-family:arial,sans-serif$1")
        .replaceAll("url\\([^)]*govuk-crest[^)]*\\)", "none");
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = open("META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  private static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String path) {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream open(String path) {
    InputStream in = Assets.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing asset on the classpath: " + path);
    }
    return in;
  }
}
