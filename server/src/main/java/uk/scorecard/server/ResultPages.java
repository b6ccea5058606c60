package uk.scorecard.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Report;

/**
 * The pages an upload redirects to, over what {@link Kept} holds: one workbook's results, the
 * summary of several, each rated copy's download (once), and the findings as CSV. Results that have
 * gone are a page saying so, never an error.
 */
public final class ResultPages {

  /** A line of the summary of several workbooks; {@code refused} says why one was not rated. */
  public record Line(
      String name,
      @Nullable String href,
      @Nullable String refused,
      long red,
      long amber,
      long green,
      long grey,
      long errors,
      long warnings) {}

  /** The summary page: one line per workbook, the totals in a sentence, the CSV's address. */
  public record Summary(List<Line> lines, String headline, String csv, String keptFor) {}

  private final Kept kept;
  private final ServerConfig config;

  ResultPages(Kept kept, ServerConfig config) {
    this.kept = kept;
    this.config = config;
  }

  /** {@code GET /results/{id}}: one workbook's results, or the summary of several. */
  void show(Context ctx) {
    Kept.Batch b = batch(ctx);
    if (b == null) {
      return;
    }
    String path = "/results/" + ctx.pathParam("id");
    if (b.items.size() == 1) {
      String html =
          ResultsPage.html(
              config, b.items.get(0), path, b.rated(0) != null, ctx.queryParam("rating"), null);
      ctx.html(html);
      return;
    }
    List<Line> lines = new ArrayList<>();
    long errors = 0;
    long warnings = 0;
    long rated = 0;
    for (int n = 0; n < b.items.size(); n++) {
      Kept.Item i = b.items.get(n);
      Report r = i.report();
      if (r == null) {
        lines.add(new Line(i.name(), null, i.refused(), 0, 0, 0, 0, 0, 0));
        continue;
      }
      rated++;
      errors += r.count(Severity.ERROR);
      warnings += r.count(Severity.WARNING);
      long amber = r.indicators().stream().filter(x -> x.rating().exception()).count();
      lines.add(
          new Line(
              i.name(),
              path + "/workbook/" + (n + 1),
              null,
              r.count(Rating.RED),
              amber - r.count(Rating.RED),
              r.count(Rating.GREEN) + r.count(Rating.BLUE),
              r.count(Rating.GREY),
              r.count(Severity.ERROR),
              r.count(Severity.WARNING)));
    }
    String headline =
        "We rated "
            + rated
            + " of "
            + ResultsPage.count(b.items.size(), "workbook", "workbooks")
            + " and found "
            + ResultsPage.count(errors, "error", "errors")
            + " and "
            + ResultsPage.count(warnings, "warning", "warnings")
            + ".";
    ctx.html(
        Templates.render(
            "summary.jte",
            "site",
            Site.of(config),
            "s",
            new Summary(lines, headline, path + "/findings.csv", keptFor())));
  }

  /** {@code GET /results/{id}/workbook/{n}}: one of several workbooks' results. */
  void one(Context ctx) {
    Kept.Batch b = batch(ctx);
    int n = number(ctx);
    if (b == null || n < 0 || n >= b.items.size() || b.items.get(n).report() == null) {
      gone(ctx, b != null);
      return;
    }
    String summary = "/results/" + ctx.pathParam("id");
    String path = summary + "/workbook/" + (n + 1);
    ctx.html(
        ResultsPage.html(
            config, b.items.get(n), path, b.rated(n) != null, ctx.queryParam("rating"), summary));
  }

  /** The rated copy, once: it is forgotten as it is sent. */
  void download(Context ctx) {
    Kept.Batch b = batch(ctx);
    if (b == null) {
      return;
    }
    int n = ctx.pathParamMap().containsKey("n") ? number(ctx) : 0;
    byte[] bytes = b.rated(n);
    if (bytes == null) {
      ctx.status(410)
          .html(
              Pages.message(
                  config,
                  "The rated copy has gone",
                  "We delete the rated copy once it has been downloaded. To download it again,"
                      + " upload the workbook again."));
      return;
    }
    kept.drop(b, n);
    Kept.Item i = b.items.get(n);
    ctx.attribute(Handlers.OUTCOME, "downloaded");
    ctx.header("Content-Disposition", Handlers.contentDisposition(String.valueOf(i.ratedName())));
    ctx.contentType(java.util.Objects.requireNonNull(i.format()).contentType()).result(bytes);
  }

  /** {@code GET /results/{id}/findings.csv}: every workbook's findings. */
  void csv(Context ctx) {
    Kept.Batch b = batch(ctx);
    if (b == null) {
      return;
    }
    ctx.header("Content-Disposition", Handlers.contentDisposition("scorecard-findings.csv"));
    ctx.contentType("text/csv; charset=utf-8")
        .result(FindingsCsv.of(b.items).getBytes(StandardCharsets.UTF_8));
  }

  private Kept.@Nullable Batch batch(Context ctx) {
    Kept.Batch b = kept.get(ctx.pathParam("id")).orElse(null);
    if (b == null) {
      gone(ctx, false);
    }
    return b;
  }

  private void gone(Context ctx, boolean batchHere) {
    ctx.attribute(Handlers.OUTCOME, "gone");
    ctx.status(404)
        .html(
            Pages.message(
                config,
                batchHere ? "Page not found" : "These results have gone",
                batchHere
                    ? "There is nothing at this address. Check it, or start again."
                    : "We keep results for "
                        + keptFor()
                        + " only, and never keep your workbook. Upload it again to see them."));
  }

  private static int number(Context ctx) {
    try {
      return Integer.parseInt(ctx.pathParam("n")) - 1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String keptFor() {
    return config.keep().words();
  }
}
