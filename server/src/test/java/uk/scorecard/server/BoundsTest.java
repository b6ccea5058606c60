package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.scorecard.Scorecard;
import uk.scorecard.server.Http.Multipart;

/**
 * The service filled to its bounds never answers 500: with a small memory budget, two workers and a
 * short queue, sixteen clients sending 6 MB and small workbooks get 200 or 503 with Retry-After;
 * nothing is held afterwards; and a failure to find memory is a 503, not a 500.
 */
class BoundsTest {

  private static byte[] sixMegabytes() {
    byte[] noise = new byte[6 << 20];
    new Random(6).nextBytes(noise);
    return TestWorkbooks.withPart("xl/media/photo.bin", noise);
  }

  @Test
  void sixteenClientsAgainstA48MbBudgetGet200Or503Only() throws Exception {
    ServerConfig config =
        Served.config()
            .withWork(2, Duration.ofSeconds(30))
            .withQueue(4, Duration.ofSeconds(2))
            .withMemory(48L << 20)
            .withPages(new Keeping(Duration.ofSeconds(1), 100, 64L << 20), "/");
    byte[] big = sixMegabytes();
    byte[] small = TestWorkbooks.scorecard();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Served.with(
        config,
        Engine.of(new Scorecard()),
        (http, app) -> {
          ExecutorService clients = Executors.newFixedThreadPool(16);
          List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
          // Each body built once: sixteen clients' own copies would crowd this JVM's heap.
          Multipart large = Multipart.workbook("photo.xlsx", big);
          Multipart little = Multipart.workbook("board.xlsx", small);
          byte[] largeBody = large.bytes();
          byte[] littleBody = little.bytes();
          for (int i = 0; i < 64; i++) {
            boolean isLarge = i % 2 == 0;
            String path = i % 3 == 0 ? "/rate" : "/api/rate";
            answers.add(
                clients.submit(
                    () ->
                        isLarge
                            ? http.post(path, large.contentType(), largeBody)
                            : http.post(path, little.contentType(), littleBody)));
          }
          for (Future<HttpResponse<byte[]>> f : answers) {
            HttpResponse<byte[]> r = f.get(2, TimeUnit.MINUTES);
            // The page's form is answered with a redirect to its results, the API with the file.
            statuses.merge(r.statusCode() == 303 ? 200 : r.statusCode(), 1, Integer::sum);
            if (r.statusCode() == 503) {
              assertThat(header(r, "Retry-After")).isNotNull();
            }
          }
          clients.shutdownNow();
          assertThat(statuses.keySet()).as("statuses " + statuses).isSubsetOf(200, 503);
          assertThat(statuses.get(200)).as("statuses " + statuses).isGreaterThan(8);
          assertThat(statuses).as("the bounds were reached").containsKey(503);
          Thread.sleep(1_100); // the page's results expire, and with them the memory they held
          assertThat(http.get("/results/" + "A".repeat(43)).statusCode()).isEqualTo(404);
          assertThat(http.awaitMetric("scorecard_memory_reserved_bytes", 0, 5_000)).isTrue();
          assertThat(http.metric("scorecard_queue_length")).isZero();
          assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
        });
    System.out.println("Bounds test statuses: " + statuses);
  }

  @Test
  void aWorkbookLargerThanTheWholeBudgetStillRunsAlone() {
    ServerConfig config = Served.config().withMemory(8L << 20);
    Served.with(
        config,
        Engine.of(new Scorecard()),
        (http, app) -> {
          assertThat(
                  http.post("/api/rate", Multipart.workbook("photo.xlsx", sixMegabytes()))
                      .statusCode())
              .isEqualTo(200);
        });
  }

  @Test
  void runningOutOfMemoryIsBusyNotAFailure() {
    FakeEngine engine = new FakeEngine();
    engine.errorWith = new OutOfMemoryError("Java heap space");
    Served.with(
        engine,
        (http, app) -> {
          HttpResponse<byte[]> r =
              http.post("/api/check", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard()));
          assertThat(r.statusCode()).isEqualTo(503);
          assertThat(header(r, "Retry-After")).isNotNull();
          engine.errorWith = null;
          assertThat(
                  http.post("/api/check", Multipart.workbook("a.xlsx", TestWorkbooks.scorecard()))
                      .statusCode())
              .isEqualTo(200);
        });
  }

  @Test
  void nothingIsHeldOnceManyResultsPagesHaveExpired() {
    ServerConfig config =
        Served.config().withPages(new Keeping(Duration.ofSeconds(1), 100, 64L << 20), "/");
    Served.with(
        config,
        Engine.of(new Scorecard()),
        (http, app) -> {
          for (int i = 0; i < 40; i++) {
            assertThat(
                    http.post("/rate", Multipart.workbook("board.xlsx", TestWorkbooks.scorecard()))
                        .statusCode())
                .isEqualTo(303);
          }
          assertThat(http.awaitMetric("scorecard_memory_reserved_bytes", 0, 500))
              .as("the kept results are held in the budget while they are kept")
              .isFalse();
          Thread.sleep(1_100);
          assertThat(http.get("/results/" + "A".repeat(43)).statusCode()).isEqualTo(404);
          assertThat(http.awaitMetric("scorecard_memory_reserved_bytes", 0, 2_000)).isTrue();
        });
  }
}
