package uk.scorecard.server;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.Severity;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.report.JsonReport;
import uk.scorecard.report.Report;
import uk.scorecard.rules.Rules;

/** What each upload endpoint does; {@link App} wires them to paths and maps their errors. */
final class Handlers {

  /** The context attribute that carries a request's outcome word to the access log. */
  static final String OUTCOME = "scorecard.outcome";
  /** The context attribute that carries the workbook's size in bytes to the access log. */
  static final String SIZE = "scorecard.size";

  private final ServerConfig config;
  private final Engine engine;
  private final Work work;
  private final RatedStore store;
  private final UploadLimits limits;

  Handlers(ServerConfig config, Engine engine, Work work, RatedStore store) {
    this.config = config;
    this.engine = engine;
    this.work = work;
    this.store = store;
    this.limits = new UploadLimits(config.maxExpandedBytes());
  }

  /** {@code POST /api/check}: the report as JSON. */
  void apiCheck(Context ctx) throws Exception {
    Checked<Report> c = process(ctx, engine::check, r -> r);
    StringWriter out = new StringWriter();
    JsonReport.write(List.of(c.result()), out);
    ctx.attribute(OUTCOME, "checked");
    ctx.contentType("application/json").result(out.toString());
  }

  /** {@code POST /api/rate}: the rated workbook as an attachment. */
  void apiRate(Context ctx) throws Exception {
    Checked<Rated> c = process(ctx, engine::rate, Rated::report);
    ctx.attribute(OUTCOME, "rated");
    attachment(ctx, c.result(), c.upload().name());
  }

  /** {@code POST /rate}: the results page, the rated workbook held for download. */
  void pageRate(Context ctx) throws Exception {
    Checked<Rated> c = process(ctx, engine::rate, Rated::report);
    String id = store.put(c.upload().name(), c.result());
    ctx.attribute(OUTCOME, "rated");
    ctx.html(ResultsPage.render(store.get(id).orElseThrow(), store.keep().toMinutes()));
  }

  /** {@code GET /results/{id}}: the results page again while the result is held. */
  void results(Context ctx) {
    store.get(ctx.pathParam("id")).ifPresentOrElse(
        h -> ctx.html(ResultsPage.render(h, store.keep().toMinutes())),
        () -> expired(ctx));
  }

  /** {@code GET /download/{id}}: the held rated workbook, not cached. */
  void download(Context ctx) {
    store.get(ctx.pathParam("id")).ifPresentOrElse(
        h -> attachment(ctx, h.rated(), h.originalName()),
        () -> expired(ctx));
  }

  private void expired(Context ctx) {
    ctx.attribute(OUTCOME, "expired");
    ctx.status(404).html(Pages.message("This result has expired",
        "We delete rated workbooks " + Html.count(store.keep().toMinutes(), "minute", "minutes")
            + " after checking them. Upload the workbook again to get a new copy."));
  }

  private static void attachment(Context ctx, Rated rated, String originalName) {
    ctx.header("Content-Disposition", contentDisposition(rated.fileName(originalName)));
    ctx.header("Cache-Control", "no-store");
    ctx.contentType(rated.format().contentType()).result(rated.bytes());
  }

  /** {@code attachment} with an ASCII name for old clients and the exact UTF-8 name for the rest. */
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

  /** Admits, reads, sniffs and inspects the upload, then runs the library within the limits. */
  private <T> Checked<T> process(Context ctx, Call<T> call, Function<T, Report> report)
      throws Exception {
    try (Work.Slot slot = work.admit()) {
      Upload upload = Upload.read(ctx, config);
      ctx.attribute(SIZE, upload.bytes().length);
      UploadLimits.sniff(upload.bytes());
      Rules rules = upload.rules() == null ? Rules.NONE
          : RulesAdapter.parse(upload.rulesName(), upload.rules());
      Input input = new Input(upload.name(), upload.bytes());
      Options options = Options.DEFAULT.withRules(rules);
      T result = work.run(slot, () -> {
        limits.inspect(upload.bytes());
        T done;
        try {
          done = call.apply(input, options);
        } catch (WorkbookRefusedException e) {
          throw refused(e);
        }
        if (report.apply(done).indicators().isEmpty()) {
          throw noTables(report.apply(done));
        }
        return done;
      });
      return new Checked<>(upload, result);
    }
  }

  /** 422 for a workbook with no indicator table, in the library's words when it gave them. */
  static ServiceException noTables(Report r) {
    String why = r.findings().stream()
        .filter(f -> f.code().equals(WorkbookReader.NO_TABLE) || f.severity() == Severity.ERROR)
        .map(f -> f.message()).findFirst()
        .orElse("We could not find a scorecard table in this workbook: a header row naming the "
            + "indicator, its periods and a target, with one indicator on each row below it.");
    return ServiceException.refused("no-tables", sentence(why));
  }

  /** The library's reasons are clauses ("the workbook is damaged"); pages want sentences. */
  static String sentence(String clause) {
    String s = clause == null || clause.isBlank() ? "The workbook could not be read" : clause.strip();
    s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return s.matches("(?s).*[.!?]$") ? s : s + ".";
  }

  /** The status for each reason the library refuses a workbook. */
  static ServiceException refused(WorkbookRefusedException e) {
    String outcome = "refused-" + e.reason().name().toLowerCase(java.util.Locale.ROOT);
    String message = sentence(e.getMessage());
    return switch (e.reason()) {
      case NOT_A_SPREADSHEET, UNSUPPORTED_FORMAT ->
          new ServiceException(415, "workbook", outcome, message);
      case TOO_LARGE -> new ServiceException(413, "workbook", outcome, message);
      case ENCRYPTED, CORRUPT, NOT_WRITTEN ->
          new ServiceException(422, "workbook", outcome, message);
    };
  }
}
