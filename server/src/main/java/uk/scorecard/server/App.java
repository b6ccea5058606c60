package uk.scorecard.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.scorecard.Scorecard;

/**
 * Builds the web app: routes, the multipart limits, security headers and the access log (see {@link
 * Requests}), and the mapping of every error to a status with JSON (under {@code /api}) or a page
 * (elsewhere).
 */
public final class App {
  private App() {}

  static {
    // The library's jar sets slf4j-simple to warn for the CLI; the access log is ours and says
    // info.
    System.getProperties()
        .putIfAbsent("org.slf4j.simpleLogger.log.uk.scorecard.server.access", "info");
    // POI logs a damaged file's stack trace (and may quote its contents) before the library turns
    // the failure into a one-line refusal: the log keeps our one line per request instead.
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.poi", "off");
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The Content-Security-Policy: our own scripts, styles and images only; never framed. */
  public static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; "
          + "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; "
          + "frame-ancestors 'none'; base-uri 'none'";

  /** The app over the library; not started. */
  public static Javalin create(ServerConfig config, Scorecard scorecard) {
    return create(config, Engine.of(scorecard));
  }

  /** The app over any engine (tests use slow or failing ones); not started. */
  public static Javalin create(ServerConfig config, Engine engine) {
    return create(config, engine, null);
  }

  /** The app serving HTTPS only when {@code tls} is given, on the configured host and port. */
  public static Javalin create(ServerConfig config, Engine engine, @Nullable Tls tls) {
    return create(config, engine, tls, Forwarding.NONE);
  }

  /** As above, the add-in's manifest naming the address {@code forwarding} says. */
  static Javalin create(
      ServerConfig config, Engine engine, @Nullable Tls tls, Forwarding forwarding) {
    Metrics metrics = new Metrics();
    Memory memory = new Memory(config.memoryBytes());
    Work work = new Work(config, memory, metrics);
    metrics.watch(work, memory, config);
    Health health = new Health(work);
    Kept kept = new Kept(config.keep(), java.time.Clock.systemUTC(), memory);
    Handlers h = new Handlers(config, engine, work, memory, kept);
    ValuesRate values = new ValuesRate(config, engine, work, memory);
    ResultPages results = new ResultPages(kept, config);
    java.util.concurrent.ScheduledExecutorService sweeper = kept.sweeping();
    Assets assets = new Assets();
    Downloads files = new Downloads();
    AddIn addin = new AddIn(forwarding);
    byte[] openapi = AddIn.bytes("uk/scorecard/server/openapi.json");
    return Javalin.create(
        cfg -> {
          settings(cfg, config, metrics);
          if (tls != null) {
            tls.listen(cfg, config.host(), config.port());
          }
          cfg.events.serverStarted(health::started);
          cfg.events.serverStopping(health::stopping);
          cfg.events.serverStopped(
              () -> {
                sweeper.shutdownNow();
                work.close();
                metrics.close();
              });
          cfg.routes.before(Requests::headers);
          cfg.routes.get("/", ctx -> ctx.html(Pages.upload(config, null)));
          cfg.routes.get("/health", health::live);
          cfg.routes.get("/health/live", health::live);
          cfg.routes.get("/health/ready", health::ready);
          cfg.routes.get(
              "/metrics", ctx -> ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape()));
          cfg.routes.get(
              "/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
          cfg.routes.post("/rate", h::pageRate);
          cfg.routes.get("/results/{id}", results::show);
          cfg.routes.get("/results/{id}/download", results::download);
          cfg.routes.get("/results/{id}/findings.csv", results::csv);
          cfg.routes.get("/results/{id}/workbook/{n}", results::one);
          cfg.routes.get("/results/{id}/workbook/{n}/download", results::download);
          cfg.routes.post("/api/check", h::apiCheck);
          cfg.routes.post("/api/rate", values.or(h::apiRate));
          cfg.routes.post("/api/compare", h::apiCompare);
          cfg.routes.get("/assets/{file}", assets::serve);
          cfg.routes.get("/files/{file}", files::serve);
          cfg.routes.get("/guidance", ctx -> ctx.html(Pages.guidance(config)));
          cfg.routes.get("/addin/manifest.xml", addin::manifest);
          cfg.routes.get("/addin/{file}", addin::serve);
          cfg.routes.exception(ServiceException.class, (e, ctx) -> refuse(ctx, config, e));
          cfg.routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx, config));
          cfg.routes.error(
              404,
              ctx ->
                  plainError(
                      ctx,
                      config,
                      "Page not found",
                      "There is nothing at this address. Check it, or start again."));
          cfg.routes.error(
              405,
              ctx ->
                  plainError(
                      ctx,
                      config,
                      "Not allowed",
                      "This address does not take that kind of request."));
        });
  }

  private static void settings(JavalinConfig cfg, ServerConfig config, Metrics metrics) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.prefer405over404 = true;
    cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
    cfg.requestLogger.http((ctx, ms) -> Requests.log(ctx, ms, metrics));
  }

  /** An error we meant: JSON under /api, the upload page with an error summary for the form. */
  private static void refuse(Context ctx, ServerConfig config, ServiceException e) {
    ctx.attribute(Handlers.OUTCOME, e.outcome());
    if (e.status() == 503) {
      ctx.header("Retry-After", String.valueOf(e.retryAfter()));
    }
    if (e.status() == 408) {
      ctx.header("Connection", "close"); // the rest of a slow body is not worth waiting for
    }
    ctx.status(e.status());
    if (ctx.path().startsWith("/api/")) {
      json(ctx, e.getMessage());
    } else {
      ctx.html(Pages.upload(config, e));
    }
  }

  /** A failure we did not expect: logged without its message (it may quote the workbook). */
  private static void unexpected(Exception e, Context ctx, ServerConfig config) {
    String where =
        Arrays.stream(e.getStackTrace())
            .filter(f -> f.getClassName().startsWith("uk.scorecard"))
            .limit(4)
            .map(StackTraceElement::toString)
            .collect(Collectors.joining(" < "));
    Requests.LOG.error(
        "request={} failed: {} at {}",
        (Object) ctx.attribute(Requests.REQUEST_ID),
        e.getClass().getName(),
        where);
    ctx.attribute(Handlers.OUTCOME, "failed");
    ctx.status(500);
    String message =
        "Something went wrong on our side. Try again; if it happens again, quote "
            + "reference "
            + ctx.attribute(Requests.REQUEST_ID)
            + ".";
    if (ctx.path().startsWith("/api/")) {
      json(ctx, message);
    } else {
      ctx.html(Pages.message(config, "Sorry, there is a problem with the service", message));
    }
  }

  /** 404 and 405 for paths with no handler of their own, in the same two forms. */
  private static void plainError(
      Context ctx, ServerConfig config, String heading, String sentence) {
    if (ctx.attribute(Handlers.OUTCOME) != null
        || ctx.path().startsWith("/assets/")
        || ctx.path().startsWith("/addin/")) {
      return;
    }
    if (ctx.path().startsWith("/api/")) {
      json(ctx, sentence);
    } else {
      ctx.html(Pages.message(config, heading, sentence));
    }
  }

  private static void json(Context ctx, String message) {
    try {
      ctx.contentType("application/json").result(JSON.writeValueAsBytes(Map.of("error", message)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
