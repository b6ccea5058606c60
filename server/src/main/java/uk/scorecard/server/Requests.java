package uk.scorecard.server;

import io.javalin.http.Context;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every request gets: an id, the security headers, and one line in the access log. */
final class Requests {

  static final Logger LOG = LoggerFactory.getLogger("uk.scorecard.server.access");

  /** The context attribute holding the request's id, which its log lines and error pages name. */
  static final String REQUEST_ID = "scorecard.request-id";

  private Requests() {}

  /** Sets the request id and the security headers on every response. */
  static void headers(Context ctx) {
    String id = String.format("%012x", ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL);
    ctx.attribute(REQUEST_ID, id);
    ctx.header("X-Request-Id", id);
    ctx.header("Content-Security-Policy", App.CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    ctx.header("Cache-Control", "no-store");
  }

  /** One line per request: its id, route, size and outcome; never a file name or a cell. */
  static void log(Context ctx, Float ms, Metrics metrics) {
    String route;
    try {
      route = ctx.endpoint().path;
    } catch (RuntimeException e) {
      route = "-";
    }
    Object size = ctx.attribute(Handlers.SIZE);
    Object outcome = ctx.attribute(Handlers.OUTCOME);
    String word = outcome != null ? outcome.toString() : "-";
    LOG.info(
        "request={} {} {} status={} bytes={} outcome={} ms={}",
        (Object) ctx.attribute(REQUEST_ID),
        ctx.method(),
        route,
        ctx.statusCode(),
        size != null ? size : Math.max(0, ctx.req().getContentLengthLong()),
        word,
        Math.round(ms));
    // Unmatched paths are one label, so a scan of made-up addresses cannot add series.
    metrics.request(
        route.startsWith("/") ? route : "unmatched", ctx.method().name(), ctx.statusCode(), word);
  }
}
