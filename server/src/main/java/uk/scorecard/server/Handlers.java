package uk.scorecard.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;
import org.jspecify.annotations.Nullable;
import uk.scorecard.Edited;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.compare.Comparison;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.CompareReport;
import uk.scorecard.report.JsonReport;
import uk.scorecard.report.Report;
import uk.scorecard.rules.Rules;

/**
 * What each upload endpoint does: read the upload whole (outside the workers), wait in the queue
 * for a worker and the memory the work needs, run the library within the time limit, and answer.
 * Nothing of an upload is kept once the answer has gone out; the page keeps its results ({@link
 * Kept}). {@link App} wires them to paths and maps errors.
 */
final class Handlers {

  /** The context attribute that carries a request's outcome word to the access log. */
  static final String OUTCOME = "scorecard.outcome";

  /** The context attribute that carries the workbook's size in bytes to the access log. */
  static final String SIZE = "scorecard.size";

  private final ServerConfig config;
  private final Engine engine;
  private final Work work;
  private final Memory memory;
  private final Kept kept;

  Handlers(ServerConfig config, Engine engine, Work work, Memory memory, Kept kept) {
    this.config = config;
    this.engine = engine;
    this.work = work;
    this.memory = memory;
    this.kept = kept;
  }

  /** {@code POST /api/check}: the report as JSON. */
  void apiCheck(Context ctx) throws Exception {
    Checked<Report> c = process(ctx, Upload.Form.WORKBOOK, engine::check, r -> r);
    StringWriter out = new StringWriter();
    JsonReport.write(List.of(c.result()), out);
    ctx.attribute(OUTCOME, "checked");
    ctx.contentType("application/json").result(out.toString());
  }

  /**
   * {@code POST /api/rate}: the rated workbook as an attachment; with {@code ?format=edits}, what
   * rating would write as an edit list with the findings and the summary, for the Excel add-in.
   */
  void apiRate(Context ctx) throws Exception {
    String format = ctx.queryParam("format");
    if ("edits".equals(format)) {
      Checked<Edited> c = process(ctx, Upload.Form.WORKBOOK, engine::edits, Edited::report);
      ctx.attribute(OUTCOME, "rated");
      ctx.header("Content-Disposition", "inline");
      ctx.contentType("application/json").result(EditsAnswer.json(c.result()));
      return;
    }
    if (format != null && !format.equals("xlsx")) {
      throw ServiceException.badRequest("format", "format must be xlsx (the default) or edits.");
    }
    Checked<Rated> c = process(ctx, Upload.Form.WORKBOOK, engine::rate, Rated::report);
    ctx.attribute(OUTCOME, "rated");
    Rated rated = c.result();
    ctx.header("Content-Disposition", contentDisposition(rated.fileName(c.upload().name())));
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(rated.format().contentType()).result(rated.bytes());
  }

  /**
   * {@code POST /rate}: rates each workbook of the upload (with last month's, since it), keeps the
   * results (never the upload) for a few minutes and redirects to them, so a refresh sends nothing
   * again. One workbook refused is the upload page with its reason; of several, each refusal is a
   * line of the summary.
   */
  void pageRate(Context ctx) throws Exception {
    Checked<List<Kept.Done>> c =
        processUpload(
            ctx,
            Upload.Form.PAGE,
            (upload, input, options) -> PageRating.all(engine, upload, input, options));
    ctx.attribute(OUTCOME, "rated");
    String id = kept.put(c.result());
    ctx.redirect("/results/" + id, HttpStatus.SEE_OTHER);
  }

  /** {@code POST /api/compare}: last month's workbook ({@code last}) against this month's. */
  void apiCompare(Context ctx) throws Exception {
    Checked<Comparison> c =
        process(
            ctx,
            Upload.Form.COMPARE,
            (input, options) ->
                engine.compare(Objects.requireNonNull(options.since()), input, options),
            null);
    StringWriter out = new StringWriter();
    CompareReport.json(c.result(), out);
    ctx.attribute(OUTCOME, "compared");
    ctx.contentType("application/json").result(out.toString());
  }

  /**
   * {@code attachment} with an ASCII name for old clients and the exact UTF-8 name for the rest.
   */
  static String contentDisposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }

  /** What the library is asked to do with an upload. */
  @FunctionalInterface
  interface Call<T> {
    T apply(Input input, Options options) throws WorkbookRefusedException;
  }

  /** The upload and what the library made of it. */
  record Checked<T>(Upload upload, T result) {}

  /**
   * Reads and parses the upload, then runs the library on a worker within the limits. What the
   * bytes are, and whether a package is safe to unpack, is the library's one guard to say (its
   * refusal becomes 413, 415 or 422 here); the service bounds only the upload's own size. The
   * upload's memory is held until the answer has been sent.
   */
  private <T> Checked<T> process(
      Context ctx, Upload.Form form, Call<T> call, @Nullable Function<T, Report> report)
      throws Exception {
    return processUpload(
        ctx, form, (upload, input, options) -> single(call, report, upload, form, input, options));
  }

  /** What is done with a whole upload, on a worker. */
  @FunctionalInterface
  interface UploadCall<T> {
    T apply(Upload upload, Input input, Options options) throws Exception;
  }

  /** One workbook through the library; a refusal or a workbook with no table is the answer. */
  static <T> T single(
      Call<T> call,
      @Nullable Function<T, Report> report,
      Upload upload,
      Upload.Form form,
      Input input,
      Options options)
      throws ServiceException {
    T done;
    try {
      done = call.apply(input, options);
    } catch (WorkbookRefusedException e) {
      throw Refusals.refused(e, upload, form.field);
    }
    if (report != null && report.apply(done).indicators().isEmpty()) {
      throw Refusals.noTables(report.apply(done));
    }
    return done;
  }

  private <T> Checked<T> processUpload(Context ctx, Upload.Form form, UploadCall<T> call)
      throws Exception {
    Intake.requireMultipart(ctx, form);
    Memory.Reservation held = memory.reservation();
    boolean later = releaseWhenAnswered(ctx, held);
    try {
      Upload upload = receive(ctx, held, form);
      long workbooks = upload.size() - (upload.rules() == null ? 0 : upload.rules().length);
      ctx.attribute(SIZE, workbooks);
      Rules rules =
          upload.rules() == null
              ? Rules.NONE
              : RulesAdapter.parse(upload.rulesName(), upload.rules());
      Input input = new Input(upload.name(), upload.bytes());
      Input last =
          upload.last() == null
              ? null
              : new Input(Objects.requireNonNull(upload.lastName()), upload.last());
      Options asked = Options.DEFAULT.withRules(rules);
      if (upload.live() != null) {
        asked = upload.live() ? asked.withLive(true) : asked.withoutLive();
      }
      Options options = last == null ? asked : asked.since(last);
      // Both workbooks are read (and one written): the work needs memory for the two together.
      T result =
          work.run(held, Sizing.workNeed(workbooks), () -> call.apply(upload, input, options));
      return new Checked<>(upload, result);
    } catch (OutOfMemoryError e) {
      // Never a 500: the budget's estimate fell short; the memory comes back as this unwinds.
      throw ServiceException.busy("out-of-memory", work.retryAfterSeconds());
    } finally {
      if (!later) {
        held.close();
      }
    }
  }

  /** The upload, read and parsed; the body's chunks are dropped when this returns. */
  private Upload receive(Context ctx, Memory.Reservation held, Upload.Form form)
      throws ServiceException {
    Upload upload =
        Upload.parse(
            Intake.read(ctx, config, held, work.retryAfterSeconds()),
            ctx.contentType(),
            config,
            form);
    held.shrinkTo(upload.size());
    return upload;
  }

  /**
   * Gives the memory back once Jetty has sent the whole answer (or given up on the client); false
   * when that cannot be arranged, and the caller gives it back as the handler ends.
   */
  static boolean releaseWhenAnswered(Context ctx, Memory.Reservation held) {
    try {
      Request.addCompletionListener(
          ServletContextRequest.getServletContextRequest(ctx.req()), failure -> held.close());
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
