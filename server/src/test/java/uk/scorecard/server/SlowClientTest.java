package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.scorecard.server.Http.Multipart;

/**
 * Slow clients cannot starve the others: with two workers, four connections trickling their body a
 * byte at a time and two that stall after their headers are held open while ordinary uploads are
 * served promptly, and each slow one is then cut off with 408 within its bounds.
 */
class SlowClientTest {

  /** A raw connection that sends its headers and then as little of its body as it likes. */
  private static final class Slow implements AutoCloseable {
    final Socket socket;
    final OutputStream out;

    Slow(URI origin, String path, int contentLength) throws IOException {
      socket = new Socket(origin.getHost(), origin.getPort());
      socket.setSoTimeout(15_000);
      out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/"
                  + "form-data; boundary=slow\r\nContent-Length: "
                  + contentLength
                  + "\r\n\r\n--slow\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }

    /** The status line the server answered with, or "closed" if it only closed the connection. */
    String answer() {
      try {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\r'; ) {
          line.append((char) c);
        }
        return line.length() == 0 ? "closed" : line.toString();
      } catch (IOException e) {
        return "closed";
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  @Test
  void slowUploadsHoldNoWorkerAndAreCutOff() throws Exception {
    // Stall 3 s; after that an upload must average 1 KB/s; whole uploads within 5 s.
    ServerConfig config =
        Served.config()
            .withWork(2, Duration.ofSeconds(30))
            .withIntake(1024, Duration.ofSeconds(5), Duration.ofSeconds(3));
    Served.with(
        config,
        Engine.of(new uk.scorecard.Scorecard()),
        (http, app) -> {
          URI origin = URI.create("http://127.0.0.1:" + app.port());
          // One upload first, unmeasured: the library's first use in a JVM loads its classes, which
          // on a busy machine alone can pass the 2 s below when this test runs first.
          assertThat(
                  http.post("/api/rate", Multipart.workbook("warm.xlsx", TestWorkbooks.scorecard()))
                      .statusCode())
              .isEqualTo(200);
          List<Slow> trickling = new ArrayList<>();
          List<Slow> stalled = new ArrayList<>();
          AtomicBoolean trickle = new AtomicBoolean(true);
          try {
            for (int i = 0; i < 4; i++) {
              trickling.add(new Slow(origin, i % 2 == 0 ? "/api/rate" : "/rate", 100_000));
              stalled.add(i < 2 ? new Slow(origin, "/api/check", 100_000) : null);
            }
            stalled.removeIf(s -> s == null);
            Thread dripper =
                new Thread(
                    () -> {
                      while (trickle.get()) {
                        for (Slow s : trickling) {
                          try {
                            s.out.write('x');
                            s.out.flush();
                          } catch (IOException e) {
                            // Cut off by the server: as it should be, in time.
                          }
                        }
                        try {
                          Thread.sleep(300);
                        } catch (InterruptedException e) {
                          return;
                        }
                      }
                    });
            dripper.start();
            long start = System.nanoTime();
            for (int i = 0; i < 6; i++) {
              long t = System.nanoTime();
              assertThat(
                      http.post(
                              "/api/rate",
                              Multipart.workbook("board.xlsx", TestWorkbooks.scorecard()))
                          .statusCode())
                  .isEqualTo(200);
              assertThat(Duration.ofNanos(System.nanoTime() - t))
                  .as("served promptly")
                  .isLessThan(Duration.ofSeconds(2));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("all served while the six slow connections were still open")
                .isLessThan(Duration.ofSeconds(3));
            assertThat(http.metric("scorecard_workers_busy"))
                .as("the slow ones hold no worker")
                .isZero();
            for (Slow s : stalled) {
              assertThat(s.answer())
                  .as("a stalled upload")
                  .isEqualTo("HTTP/1.1 408 Request Timeout");
            }
            for (Slow s : trickling) {
              assertThat(s.answer())
                  .as("a trickling upload")
                  .isIn("HTTP/1.1 408 Request Timeout", "closed");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start))
                .as("cut off within bounds")
                .isLessThan(Duration.ofSeconds(9));
            trickle.set(false);
            dripper.join(2_000);
            assertThat(http.awaitMetric("scorecard_memory_reserved_bytes", 0, 2_000))
                .as("what the slow ones sent is given back")
                .isTrue();
          } finally {
            trickle.set(false);
            for (Slow s : trickling) {
              s.close();
            }
            for (Slow s : stalled) {
              s.close();
            }
          }
        });
  }
}
