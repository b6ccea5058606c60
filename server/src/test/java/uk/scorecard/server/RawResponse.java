package uk.scorecard.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.net.ssl.SSLSession;

/** An HTTP/1.1 response read from a plain socket, for tests whose client misbehaves on purpose. */
record RawResponse(int statusCode, HttpHeaders headers, byte[] body, URI uri)
    implements HttpResponse<byte[]> {

  /** Reads a status line, headers and a Content-Length body (or the body to the end). */
  static RawResponse read(InputStream in, URI uri) throws IOException {
    String status = line(in);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String h; !(h = line(in)).isEmpty(); ) {
      int colon = h.indexOf(':');
      headers
          .computeIfAbsent(h.substring(0, colon).trim(), k -> new ArrayList<>())
          .add(h.substring(colon + 1).trim());
    }
    List<String> length = headers.get("content-length");
    byte[] body =
        length == null ? in.readAllBytes() : in.readNBytes(Integer.parseInt(length.get(0)));
    return new RawResponse(
        Integer.parseInt(status.split(" ")[1]), HttpHeaders.of(headers, (a, b) -> true), body, uri);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
      if (c != '\r') {
        b.write(c);
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public HttpRequest request() {
    return HttpRequest.newBuilder(uri).build();
  }

  @Override
  public Optional<HttpResponse<byte[]>> previousResponse() {
    return Optional.empty();
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return Optional.empty();
  }

  @Override
  public HttpClient.Version version() {
    return HttpClient.Version.HTTP_1_1;
  }
}
