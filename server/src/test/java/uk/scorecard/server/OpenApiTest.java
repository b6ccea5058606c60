package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;
import static uk.scorecard.server.Http.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.server.Http.Multipart;

/**
 * The OpenAPI description matches the code: the same routes, and every status and content type the
 * code gives is documented for its operation, and every documented one is given by some request.
 */
class OpenApiTest {

  private static final Set<HandlerType> VERBS =
      Set.of(
          HandlerType.GET,
          HandlerType.POST,
          HandlerType.PUT,
          HandlerType.PATCH,
          HandlerType.DELETE);

  private final JsonNode spec = load();
  private final Set<String> seen = new TreeSet<>();

  private static JsonNode load() {
    try (InputStream in =
        OpenApiTest.class.getResourceAsStream("/uk/scorecard/server/openapi.json")) {
      return new ObjectMapper().readTree(in);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void describesExactlyTheRoutesTheAppHas() {
    Javalin app = App.create(Served.config(), new FakeEngine());
    Set<String> routes = new TreeSet<>();
    app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(p -> p.endpoint)
        .filter(e -> VERBS.contains(e.method))
        .forEach(e -> routes.add(e.method.name() + " " + e.path));
    Set<String> documented = new TreeSet<>();
    spec.path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    assertThat(documented).isEqualTo(routes);
    assertThat(spec.path("openapi").asText()).startsWith("3.");
  }

  @Test
  void everyStatusTheCodeGivesIsDocumentedAndViceVersa() {
    FakeEngine engine = new FakeEngine();
    ServerConfig config =
        Served.config()
            .withLimits(50_000, 2_000)
            .withWork(1, Duration.ofSeconds(30))
            .withQueue(0, Duration.ofSeconds(1))
            .withIntake(1024, Duration.ofSeconds(30), Duration.ofMillis(400));
    Served.with(
        config,
        engine,
        (http, app) -> {
          assertThat(http.get("/openapi.json").body())
              .isEqualTo(
                  OpenApiTest.class
                      .getResourceAsStream("/uk/scorecard/server/openapi.json")
                      .readAllBytes());
          byte[] good = TestWorkbooks.scorecard();
          byte[] text = "not a workbook".getBytes(StandardCharsets.UTF_8);
          byte[] big = java.util.Arrays.copyOf(good, 60_000);
          exercise("get", "/", 200, () -> http.get("/"));
          exercise("get", "/health", 200, () -> http.get("/health"));
          exercise("get", "/health/live", 200, () -> http.get("/health/live"));
          exercise("get", "/health/ready", 200, () -> http.get("/health/ready"));
          exercise("get", "/metrics", 200, () -> http.get("/metrics"));
          exercise("get", "/openapi.json", 200, () -> http.get("/openapi.json"));
          exercise("get", "/assets/{file}", 200, () -> http.get("/assets/app.css"));
          exercise("get", "/assets/{file}", 200, () -> http.get("/assets/app.js"));
          exercise("get", "/assets/{file}", 200, () -> http.get("/assets/favicon.svg"));
          exercise("get", "/assets/{file}", 404, () -> http.get("/assets/none.css"));
          exercise("get", "/guidance", 200, () -> http.get("/guidance"));
          exercise("get", "/files/{file}", 200, () -> http.get("/files/sample-scorecard.xlsx"));
          exercise("get", "/files/{file}", 404, () -> http.get("/files/secret.xlsx"));
          HttpResponse<byte[]> rated =
              exercise("post", "/rate", 303, () -> http.post("/rate", form("/rate", good)));
          String at = header(rated, "Location");
          exercise("get", "/results/{id}", 200, () -> http.get(at + "?rating=red"));
          exercise("get", "/results/{id}/findings.csv", 200, () -> http.get(at + "/findings.csv"));
          exercise("get", "/results/{id}/download", 200, () -> http.get(at + "/download"));
          exercise("get", "/results/{id}/download", 410, () -> http.get(at + "/download"));
          String none = "/results/" + "A".repeat(43);
          exercise("get", "/results/{id}", 404, () -> http.get(none));
          exercise("get", "/results/{id}/download", 404, () -> http.get(none + "/download"));
          exercise(
              "get", "/results/{id}/findings.csv", 404, () -> http.get(none + "/findings.csv"));
          Multipart two =
              Multipart.workbook("a.xlsx", good)
                  .file("workbook", "b.xlsx", "application/octet-stream", good);
          String both = header(http.post("/rate", two), "Location");
          exercise("get", "/results/{id}/workbook/{n}", 200, () -> http.get(both + "/workbook/2"));
          exercise("get", "/results/{id}/workbook/{n}", 404, () -> http.get(both + "/workbook/3"));
          exercise(
              "get",
              "/results/{id}/workbook/{n}/download",
              200,
              () -> http.get(both + "/workbook/2/download"));
          exercise(
              "get",
              "/results/{id}/workbook/{n}/download",
              410,
              () -> http.get(both + "/workbook/2/download"));
          exercise(
              "get",
              "/results/{id}/workbook/{n}/download",
              404,
              () -> http.get(none + "/workbook/2/download"));
          exercise("get", "/results/{id}/workbook/{n}", 404, () -> http.get(none + "/workbook/1"));
          exercise("get", "/addin/manifest.xml", 200, () -> http.get("/addin/manifest.xml"));
          for (String f : new String[] {"taskpane.html", "taskpane.js", "taskpane.css"}) {
            exercise("get", "/addin/{file}", 200, () -> http.get("/addin/" + f));
          }
          exercise("get", "/addin/{file}", 200, () -> http.get("/addin/icon-32.png"));
          exercise("get", "/addin/{file}", 404, () -> http.get("/addin/none.js"));
          for (String path : new String[] {"/rate", "/api/check", "/api/rate", "/api/compare"}) {
            if (!path.equals("/rate")) {
              exercise("post", path, 200, () -> http.post(path, form(path, good)));
            }
            exercise("post", path, 400, () -> http.post(path, new Multipart().field("x", "y")));
            exercise("post", path, 408, () -> http.postStalled(path, form(path, good), 200));
            exercise("post", path, 413, () -> http.post(path, form(path, big)));
            engine.refuseWith = new WorkbookRefusedException(Reason.NOT_A_SPREADSHEET, "not one");
            exercise("post", path, 415, () -> http.post(path, form(path, text)));
            engine.refuseWith = new WorkbookRefusedException(Reason.CORRUPT, "damaged");
            exercise("post", path, 422, () -> http.post(path, form(path, good)));
            engine.refuseWith = null;
            engine.failWith = new IllegalStateException("boom");
            exercise("post", path, 500, () -> http.post(path, form(path, good)));
            engine.failWith = null;
          }
          exercise(
              "post",
              "/api/rate",
              200,
              () -> http.post("/api/rate?format=edits", form("/api/rate", good)));
          exercise(
              "post",
              "/api/rate",
              400,
              () -> http.post("/api/rate?format=pdf", form("/api/rate", good)));
          engine.entered = new CountDownLatch(1);
          engine.release = new CountDownLatch(1);
          CompletableFuture<HttpResponse<byte[]>> blocker =
              CompletableFuture.supplyAsync(
                  () -> http.post("/api/check", Multipart.workbook("a.xlsx", good)));
          assertThat(engine.entered.await(10, TimeUnit.SECONDS)).isTrue();
          for (String path : new String[] {"/rate", "/api/check", "/api/rate", "/api/compare"}) {
            HttpResponse<byte[]> busy =
                exercise("post", path, 503, () -> http.post(path, form(path, good)));
            assertThat(header(busy, "Retry-After")).isNotNull();
          }
          exercise("get", "/health/ready", 503, () -> http.get("/health/ready"));
          engine.release.countDown();
          assertThat(blocker.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        });
    Set<String> documented = new TreeSet<>();
    spec.path("paths")
        .fields()
        .forEachRemaining(
            p ->
                p.getValue()
                    .fields()
                    .forEachRemaining(
                        op ->
                            op.getValue()
                                .path("responses")
                                .fieldNames()
                                .forEachRemaining(
                                    status ->
                                        documented.add(
                                            op.getKey() + " " + p.getKey() + " " + status))));
    assertThat(seen).as("statuses the code gives").isEqualTo(documented);
  }

  /** The upload a path takes: one workbook, or last month's and this month's to compare. */
  private static Multipart form(String path, byte[] workbook) {
    return path.equals("/api/compare")
        ? CompareTest.months(TestWorkbooks.lastMonth(), workbook)
        : Multipart.workbook("a.xlsx", workbook);
  }

  private HttpResponse<byte[]> exercise(
      String method, String template, int status, Supplier<HttpResponse<byte[]>> request) {
    HttpResponse<byte[]> r = request.get();
    assertThat(r.statusCode()).as(method + " " + template + ": " + text(r)).isEqualTo(status);
    JsonNode documented =
        spec.path("paths")
            .path(template)
            .path(method)
            .path("responses")
            .path(String.valueOf(status));
    assertThat(documented.isMissingNode())
        .as(method + " " + template + " " + status + " documented")
        .isFalse();
    String type = header(r, "Content-Type");
    if (type != null || !documented.path("content").isMissingNode()) { // a redirect has no body
      assertThat(iterable(documented.path("content").fieldNames()))
          .as("content type of " + method + " " + template + " " + status)
          .contains(type == null ? "none" : type.split(";")[0].trim());
    }
    documented
        .path("headers")
        .fieldNames()
        .forEachRemaining(
            h ->
                assertThat(header(r, h))
                    .as(h + " on " + method + " " + template + " " + status)
                    .isNotNull());
    seen.add(method + " " + template + " " + status);
    return r;
  }

  private static Set<String> iterable(java.util.Iterator<String> it) {
    Set<String> out = new TreeSet<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
