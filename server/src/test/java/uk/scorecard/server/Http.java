package uk.scorecard.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/** A plain HTTP client for the tests: real requests over a socket, bodies kept as bytes. */
final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String origin;

  Http(String origin) {
    this.origin = origin;
  }

  HttpResponse<byte[]> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
  }

  /** The page a 303 points at (post/redirect/get), after checking it is one. */
  HttpResponse<byte[]> follow(HttpResponse<byte[]> r) {
    if (r.statusCode() != 303) {
      throw new AssertionError("expected 303, got " + r.statusCode() + ": " + text(r));
    }
    return get(header(r, "Location"));
  }

  /** Posts the page's form and follows its redirect to the results. */
  HttpResponse<byte[]> postAndFollow(String path, Multipart form) {
    return follow(post(path, form));
  }

  HttpResponse<byte[]> post(String path, Multipart form) {
    return send(
        HttpRequest.newBuilder(URI.create(origin + path))
            .header("Content-Type", form.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
  }

  /** Posts without a Content-Length: the body is sent chunked, as a stream. */
  HttpResponse<byte[]> postChunked(String path, Multipart form) {
    return send(
        HttpRequest.newBuilder(URI.create(origin + path))
            .header("Content-Type", form.contentType())
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new ByteArrayInputStream(form.bytes()))));
  }

  /**
   * Posts over a plain socket a multipart body that declares its whole length but sends only its
   * first {@code sendBytes} and then nothing: a stalled client. Returns what the server answers.
   */
  HttpResponse<byte[]> postStalled(String path, Multipart form, int sendBytes) {
    byte[] all = form.bytes();
    URI uri = URI.create(origin + path);
    try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + uri.getHost()
                  + "\r\nContent-Type: "
                  + form.contentType()
                  + "\r\nContent-Length: "
                  + all.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(all, 0, Math.min(sendBytes, all.length));
      out.flush();
      return RawResponse.read(socket.getInputStream(), uri);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<byte[]> post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(origin + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder b) {
    try {
      return CLIENT.send(
          b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String text(HttpResponse<byte[]> r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  static JsonNode json(HttpResponse<byte[]> r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + text(r), e);
    }
  }

  /** The value of a metric without labels (a gauge) as /metrics gives it now. */
  double metric(String name) {
    for (String line : text(get("/metrics")).split("\n")) {
      if (line.startsWith(name + " ")) {
        return Double.parseDouble(line.substring(name.length() + 1).trim());
      }
    }
    throw new AssertionError("no metric " + name);
  }

  /** Waits up to {@code millis} for a metric to reach a value; returns whether it did. */
  boolean awaitMetric(String name, double value, long millis) throws InterruptedException {
    long until = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < until) {
      if (metric(name) == value) {
        return true;
      }
      Thread.sleep(20);
    }
    return metric(name) == value;
  }

  static String header(HttpResponse<byte[]> r, String name) {
    return r.headers().firstValue(name).orElse(null);
  }

  /** A multipart/form-data body. */
  static final class Multipart {
    private final String boundary = "scorecard-" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Multipart file(String field, String filename, String type, byte[] bytes) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + field
              + "\"; filename=\""
              + filename
              + "\"\r\nContent-Type: "
              + type
              + "\r\n\r\n");
      out.writeBytes(bytes);
      write("\r\n");
      return this;
    }

    Multipart field(String name, String value) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"\r\n\r\n"
              + value
              + "\r\n");
      return this;
    }

    /** A workbook in the {@code workbook} field, claimed to be an .xlsx whatever it is. */
    static Multipart workbook(String filename, byte[] bytes) {
      return new Multipart()
          .file(
              "workbook",
              filename,
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
              bytes);
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
