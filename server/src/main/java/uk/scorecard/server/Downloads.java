package uk.scorecard.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workbooks we offer on the start page and the guidance page: the monthly and quarterly
 * templates and the sample, copied from workbook-templates into the jar when it is built and read
 * once at startup, so they come from us and never change while the service runs.
 */
final class Downloads {

  /** The content type of the files, all .xlsx. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Each file's name as served, and where it is in the jar. */
  private static final Map<String, String> FILES =
      Map.of(
          "scorecard-template.xlsx", "scorecard-template.xlsx",
          "scorecard-template-quarterly.xlsx", "scorecard-template-quarterly.xlsx",
          "sample-scorecard.xlsx", "samples/sample-scorecard.xlsx");

  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** Loads every file; fails at startup, not on a request, when one is missing. */
  Downloads() {
    FILES.forEach((name, path) -> files.put(name, read("uk/scorecard/server/files/" + path)));
  }

  /** {@code GET /files/{file}}: the file as an attachment, or 404. */
  void serve(Context ctx) {
    byte[] bytes = files.get(ctx.pathParam("file"));
    if (bytes == null) {
      ctx.status(404);
      return;
    }
    ctx.header("Content-Disposition", Handlers.contentDisposition(ctx.pathParam("file")));
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(XLSX).result(bytes);
  }

  private static byte[] read(String path) {
    try (InputStream in = Downloads.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing file on the classpath: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
