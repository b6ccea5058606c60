package uk.scorecard.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import uk.scorecard.bench.LoadFiles.Kind;
import uk.scorecard.bench.LoadFiles.Upload;

/**
 * One level of load: N clients, each sending an upload, waiting for the whole answer and sending
 * the next, until the time is up (closed loop, as officers at their desks do). S uploads go to the
 * page ({@code /rate}) and the API ({@code /api/rate}) in turn; the first upload of client 0 is the
 * 20 MB workbook. A 503 is counted, not retried, so the figures show every refusal.
 */
final class LoadRun {

  /** What one upload got: its kind, status, whether a 503 said Retry-After, and its time. */
  record Sent(Kind kind, int status, boolean retryAfter, long millis) {
    /** Status 0: no answer at all (the connection failed or the request timed out). */
    boolean lost() {
      return status == 0;
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private LoadRun() {}

  /** Runs {@code clients} clients for {@code seconds}, sending the mix in order and the big one. */
  static List<Sent> run(
      Function<String, URI> server, int clients, int seconds, List<Upload> mix, Upload big)
      throws InterruptedException {
    List<Sent> sent = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      boolean first = c == 0 && big != null;
      Thread t =
          new Thread(
              () -> {
                boolean bigFirst = first;
                do { // each client sends at least one upload, so 0 seconds sends one each
                  int n = next.getAndIncrement();
                  Upload u = bigFirst ? big : mix.get(n % mix.size());
                  bigFirst = false;
                  String path = u.kind() == Kind.S && n % 2 == 0 ? "/rate" : "/api/rate";
                  sent.add(send(server.apply(path), u));
                } while (System.nanoTime() < until);
              },
              "load-client-" + c);
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(seconds + 180));
    }
    return new ArrayList<>(sent);
  }

  private static Sent send(URI uri, Upload u) {
    String boundary = "load-" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream(u.bytes().length + 512);
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"workbook\";"
                + " filename=\""
                + u.name()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(u.bytes());
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(120))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    long start = System.nanoTime();
    try {
      HttpResponse<Void> r = HTTP.send(request, HttpResponse.BodyHandlers.discarding());
      return new Sent(
          u.kind(),
          r.statusCode(),
          r.headers().firstValue("Retry-After").isPresent(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    } catch (IOException e) {
      return new Sent(u.kind(), 0, false, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Sent(u.kind(), 0, false, 0);
    }
  }
}
