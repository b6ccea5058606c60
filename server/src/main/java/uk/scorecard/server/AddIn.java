package uk.scorecard.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Excel task-pane add-in: its XML manifest, rendered for the address the service is reached at,
 * and the pane's page, script, style and icons, all on the same origin as the API (no CORS, no
 * cookies: in Excel on the web the pane is a third-party frame).
 */
final class AddIn {

  /** The add-in's id: the same on every request and every server, as Office keys add-ins by it. */
  static final String ID = "6f1d3c2a-8b4e-4a5f-9c7d-2e0b1a9f4c31";

  /** The manifest's version, n.n.n.n as the schema requires. */
  static final String VERSION = "1.0.0.0";

  /**
   * The pane may be framed by Office on the web and load office.js from Microsoft's CDN: the one
   * third-party asset, which an add-in must load from there. Everything else is ours.
   */
  static final String CSP =
      "default-src 'none'; script-src 'self' https://appsforoffice.microsoft.com; "
          + "style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self' https://appsforoffice.microsoft.com; "
          + "frame-src https://appsforoffice.microsoft.com; form-action 'self'; base-uri 'none'; "
          + "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com "
          + "https://*.microsoft365.com https://*.sharepoint.com https://*.cloud.microsoft";

  private static final String DIR = "uk/scorecard/server/addin/";

  private record File(String type, byte[] bytes) {}

  private final Forwarding forwarding;

  AddIn(Forwarding forwarding) {
    this.forwarding = forwarding;
  }

  private final String template = new String(bytes(DIR + "manifest.xml"), StandardCharsets.UTF_8);
  private final Map<String, File> files =
      Map.of(
          "taskpane.html", file("text/html; charset=utf-8", "taskpane.html"),
          "taskpane.js", file("text/javascript; charset=utf-8", "taskpane.js"),
          "taskpane.css", file("text/css; charset=utf-8", "taskpane.css"),
          "icon-16.png", file("image/png", "icon-16.png"),
          "icon-32.png", file("image/png", "icon-32.png"),
          "icon-64.png", file("image/png", "icon-64.png"),
          "icon-80.png", file("image/png", "icon-80.png"));

  /**
   * {@code GET /addin/manifest.xml}: the manifest naming this service's address ({@link
   * Forwarding}).
   */
  void manifest(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Content-Disposition", "inline; filename=\"manifest.xml\"");
    ctx.contentType("application/xml; charset=utf-8").result(manifest(forwarding.origin(ctx)));
  }

  /** The manifest for an origin such as {@code https://scorecard.council.gov.uk}. */
  String manifest(String origin) {
    return template
        .replace("{id}", ID)
        .replace("{version}", VERSION)
        .replace("{origin}", xml(origin));
  }

  /** {@code GET /addin/{file}}: the pane's files, framable by Office; 404 for any other name. */
  void serve(Context ctx) {
    File f = files.get(ctx.pathParam("file"));
    if (f == null) {
      ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
      return;
    }
    frameable(ctx);
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(f.type()).result(f.bytes());
  }

  /** The pane runs inside Excel on the web's page: relax the headers that forbid framing. */
  static void frameable(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.res().setHeader("X-Frame-Options", null);
    ctx.res().setHeader("Cross-Origin-Opener-Policy", null);
    ctx.header("Cross-Origin-Resource-Policy", "cross-origin");
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static File file(String type, String name) {
    return new File(type, bytes(DIR + name));
  }

  /** A file on the classpath, read whole; its absence is a broken build, not a request error. */
  static byte[] bytes(String path) {
    try (InputStream in = AddIn.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing file on the classpath: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
