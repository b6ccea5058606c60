package uk.scorecard.server;

import org.jspecify.annotations.Nullable;

/** The upload page (with its error summary when an upload was refused) and short message pages. */
public final class Pages {
  private Pages() {}

  /** The refusals that come with links to the templates and the guidance: the layout's fault. */
  private static final java.util.Set<String> HELPED =
      java.util.Set.of("no-tables", "refused-not_a_spreadsheet", "refused-unsupported_format");

  /** The guidance page: how to lay out a workbook. */
  public static String guidance(ServerConfig config) {
    return Templates.render("guidance.jte", "site", Site.of(config));
  }

  /** The upload page; with {@code error}, an error summary and the message beside its field. */
  public static String upload(ServerConfig config, @Nullable ServiceException error) {
    String field = error == null ? null : error.field() == null ? "workbook" : error.field();
    return Templates.render(
        "upload.jte",
        "site",
        Site.of(config),
        "maxSize",
        Upload.megabytes(config.maxUploadBytes()),
        "field",
        field,
        "message",
        error == null ? null : error.getMessage(),
        "help",
        error != null && HELPED.contains(error.outcome()));
  }

  /** A short page with a heading, a sentence and a way back to the upload page. */
  public static String message(ServerConfig config, String heading, String sentence) {
    return Templates.render(
        "message.jte", "site", Site.of(config), "heading", heading, "sentence", sentence);
  }
}
