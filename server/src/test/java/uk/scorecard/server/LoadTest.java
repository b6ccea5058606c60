package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.scorecard.Scorecard;
import uk.scorecard.server.Http.Multipart;

/**
 * The real app on a loopback port under load, in its default configuration for this JVM's heap: 24
 * clients send 240 uploads at once, good and hostile mixed. The burst waits in the queue rather
 * than being refused: every good one comes back rated, every hostile one gets a 4xx, none a 503 or
 * another 5xx; the heap stays within bounds, nothing is held or left in temp afterwards, and the
 * server is healthy. Bounded in count and time; bench/load is the long version.
 */
class LoadTest {

  private static final int CLIENTS = 24;
  private static final int UPLOADS = 240;
  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

  /** An upload to send and whether the server should rate it. */
  private record Upload(String name, byte[] bytes, boolean good) {}

  /** What one upload got back, and how long it took. */
  private record Answer(Upload upload, int status, boolean workbook, long millis) {}

  /** Half good (our test scorecard, the sample workbook), half hostile of seven kinds, shuffled. */
  private static List<Upload> mix() {
    List<Upload> good =
        List.of(
            new Upload("scorecard.xlsx", TestWorkbooks.scorecard(), true),
            new Upload("sample-scorecard.xlsx", sample(), true));
    List<Upload> hostile =
        List.of(
            new Upload("encrypted.xlsx", TestWorkbooks.encrypted(), false),
            new Upload("dtd.xlsx", TestWorkbooks.withDtd(), false),
            new Upload("bomb.xlsx", TestWorkbooks.zipBomb(20), false),
            new Upload("cut.xlsx", TestWorkbooks.truncated(), false),
            new Upload("sheet.ods", TestWorkbooks.ods(), false),
            new Upload("report.pdf", "%PDF-1.4 not a workbook".getBytes(), false),
            new Upload("notes.xlsx", TestWorkbooks.noTable(), false));
    List<Upload> all = new ArrayList<>();
    for (int i = 0; i < UPLOADS / 2; i++) {
      all.add(good.get(i % good.size()));
      all.add(hostile.get(i % hostile.size()));
    }
    Collections.shuffle(all, new java.util.Random(400));
    return all;
  }

  private static byte[] sample() {
    try {
      return Files.readAllBytes(
          Path.of("..", "workbook-templates", "samples", "sample-scorecard.xlsx"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void eightClientsFourHundredUploads() {
    // The page's results are kept one second, so what they hold can be seen to go.
    ServerConfig config =
        Served.config().withPages(new Keeping(Duration.ofSeconds(1), 100, 64L << 20), "/");
    assertThat(config.queueLength() + config.workers())
        .as("room for the burst")
        .isGreaterThanOrEqualTo(CLIENTS);
    List<Upload> uploads = mix();
    Set<Path> tempBefore = temp();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peakHeap = new AtomicLong();
    StringBuilder figures = new StringBuilder();
    Served.with(
        config,
        Engine.of(new Scorecard()),
        (http, app) -> {
          long start = System.nanoTime();
          List<Answer> answers =
              assertTimeoutPreemptively(
                  Duration.ofMinutes(3), () -> send(http, uploads, memory, peakHeap));
          double seconds = (System.nanoTime() - start) / 1e9;
          for (Answer a : answers) {
            assertThat(a.status()).as(a.upload().name()).isLessThan(500);
            if (a.upload().good()) {
              assertThat(a.status()).as(a.upload().name()).isEqualTo(200);
              assertThat(a.workbook()).as(a.upload().name() + " comes back as a workbook").isTrue();
            } else {
              assertThat(a.status()).as(a.upload().name()).isBetween(400, 499);
            }
          }
          assertThat(http.get("/health/ready").statusCode()).isEqualTo(200);
          Thread.sleep(1_100);
          assertThat(http.get("/results/" + "A".repeat(43)).statusCode()).isEqualTo(404);
          assertThat(http.awaitMetric("scorecard_memory_reserved_bytes", 0, 2_000))
              .as("nothing held between requests once the page's results have expired")
              .isTrue();
          assertThat(
                  http.post(
                          "/api/rate", Multipart.workbook("after.xlsx", TestWorkbooks.scorecard()))
                      .statusCode())
              .isEqualTo(200);
          figures.append(figures(answers, seconds, memory, peakHeap.get()));
        });
    // Printed here: JavalinTest captures what is printed while the app runs.
    System.out.println(figures);
    assertThat(temp()).as("temp files left behind").isEqualTo(tempBefore);
  }

  private static List<Answer> send(
      Http http, List<Upload> uploads, MemoryMXBean memory, AtomicLong peakHeap) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Answer>> futures = new ArrayList<>();
      for (Upload u : uploads) {
        futures.add(
            clients.submit(
                () -> {
                  long t = System.nanoTime();
                  String path = u.good() && u.name().startsWith("sample") ? "/rate" : "/api/rate";
                  HttpResponse<byte[]> r = http.post(path, Multipart.workbook(u.name(), u.bytes()));
                  if (r.statusCode() == 303) { // the page's form: its results, then the download
                    String at = Http.header(r, "Location");
                    http.get(at);
                    r = http.get(at + "/download");
                  }
                  peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                  boolean workbook =
                      r.body().length > 4 && r.body()[0] == 'P' && r.body()[1] == 'K';
                  return new Answer(
                      u, r.statusCode(), workbook, (System.nanoTime() - t) / 1_000_000);
                }));
      }
      List<Answer> answers = new ArrayList<>();
      for (Future<Answer> f : futures) {
        answers.add(f.get());
      }
      return answers;
    } finally {
      clients.shutdownNow();
    }
  }

  /** The figures for the README: throughput, latency, heap. */
  private static String figures(
      List<Answer> answers, double seconds, MemoryMXBean memory, long peak) {
    List<Long> ms = answers.stream().map(Answer::millis).sorted().toList();
    System.gc();
    String statuses =
        answers.stream()
            .collect(
                Collectors.groupingBy(
                    Answer::status, java.util.TreeMap::new, Collectors.counting()))
            .toString();
    long afterGc = memory.getHeapMemoryUsage().getUsed();
    assertThat(afterGc).as("heap used after the run").isLessThan(256L << 20);
    return String.format(
        "Load test: %d uploads from %d clients in %.1f s (%.1f uploads/s); latency"
            + " p50 %d ms, p95 %d ms, max %d ms; statuses %s; heap max %d MB, peak used %d MB,"
            + " used after GC %d MB",
        answers.size(),
        CLIENTS,
        seconds,
        answers.size() / seconds,
        ms.get(ms.size() / 2),
        ms.get((int) (ms.size() * 0.95)),
        ms.get(ms.size() - 1),
        statuses,
        Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20,
        afterGc >> 20);
  }

  /** Files in java.io.tmpdir an upload could leave: Jetty's spooled parts and POI's temp files. */
  private static Set<Path> temp() {
    try (Stream<Path> s = Files.list(TMP)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith("MultiPart") || n.equals("poifiles");
              })
          .flatMap(LoadTest::withContents)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Stream<Path> withContents(Path p) {
    if (!Files.isDirectory(p)) {
      return Stream.of(p);
    }
    try (Stream<Path> s = Files.walk(p)) {
      return s.toList().stream();
    } catch (IOException e) {
      return Stream.of(p);
    }
  }
}
