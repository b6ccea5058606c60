package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.server.Http.header;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.scorecard.Scorecard;
import uk.scorecard.server.Http.Multipart;

/** Nothing the user sends is written to disk or to the log. */
class PrivacyTest {

  private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));

  /** Files Jetty's multipart parser would have spooled the upload to. */
  private static List<Path> spooled() {
    try (Stream<Path> s = Files.list(TMP)) {
      return s.filter(p -> p.getFileName().toString().startsWith("MultiPart")).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 3 MB workbook: three times Javalin's default in-memory threshold. */
  private static byte[] large() {
    byte[] noise = new byte[3 * 1024 * 1024];
    new Random(7).nextBytes(noise);
    return TestWorkbooks.withPart("xl/media/photo.bin", noise);
  }

  @Test
  void theProbeSeesSpoolingWhenJettyDoesIt() {
    List<List<Path>> during = new CopyOnWriteArrayList<>();
    Javalin plain =
        Javalin.create(
            cfg ->
                cfg.routes.post(
                    "/",
                    ctx -> {
                      ctx.uploadedFile("workbook");
                      during.add(spooled());
                    }));
    JavalinTest.test(
        plain,
        (server, client) ->
            new Http(client.getOrigin()).post("/", Multipart.workbook("a.xlsx", large())));
    assertThat(during).hasSize(1);
    assertThat(during.get(0))
        .as("Javalin's defaults spool big parts to java.io.tmpdir")
        .isNotEmpty();
  }

  @Test
  void uploadsStayInMemory() {
    List<Path> before = spooled();
    List<List<Path>> during = new CopyOnWriteArrayList<>();
    FakeEngine engine = new FakeEngine();
    engine.during = input -> during.add(spooled());
    Served.with(
        engine,
        (http, app) -> {
          assertThat(http.post("/api/check", Multipart.workbook("a.xlsx", large())).statusCode())
              .isEqualTo(200);
          assertThat(http.post("/rate", Multipart.workbook("a.xlsx", large())).statusCode())
              .isEqualTo(303);
        });
    assertThat(during).hasSize(2).allSatisfy(files -> assertThat(files).isEqualTo(before));
    assertThat(spooled()).isEqualTo(before);
  }

  private static void awaitLines(ByteArrayOutputStream log, int lines) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (log.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("request=")).count()
          >= lines) {
        return;
      }
      Thread.sleep(50);
    }
  }

  @Test
  void theLogHasTheRequestIdSizeAndOutcomeOnly() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    String[] ids = new String[3];
    byte[] wb = TestWorkbooks.scorecard();
    try {
      Served.withLog(
          Engine.of(new Scorecard()),
          (http, app) -> {
            HttpResponse<byte[]> r =
                http.post("/api/check", Multipart.workbook("Jane-Doe-referrals.xlsx", wb));
            ids[0] = header(r, "X-Request-Id");
            ids[1] =
                header(
                    http.post(
                        "/rate",
                        Multipart.workbook("Jane-Doe-referrals.xlsx", wb)
                            .file(
                                "rules",
                                "Jane-rules.yaml",
                                "text/plain",
                                "Jane_Doe_key: Child protection".getBytes(StandardCharsets.UTF_8))),
                    "X-Request-Id");
          });
      FakeEngine failing = new FakeEngine();
      failing.failWith =
          new IllegalStateException("Child protection plans reviewed on time: Jane Doe");
      Served.withLog(
          failing,
          (http, app) ->
              ids[2] =
                  header(
                      http.post("/api/rate", Multipart.workbook("Jane-Doe.xlsx", wb)),
                      "X-Request-Id"));
      awaitLines(captured, 4); // the access log is written as each exchange completes
    } finally {
      System.setErr(err);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    err.print(log);
    assertThat(log).contains("request=" + ids[0] + " POST /api/check", "bytes=" + wb.length);
    assertThat(log).contains("request=" + ids[1] + " POST /rate status=400", "outcome=bad-request");
    assertThat(log).contains("request=" + ids[2] + " failed: java.lang.IllegalStateException");
    assertThat(log)
        .doesNotContain("Jane", "Child protection", "Assessments", "Scorecard'", "rules.yaml");
  }
}
