package uk.scorecard.server;

import static uk.scorecard.server.Html.esc;

/** The upload page (with its error summary when an upload was refused) and short message pages. */
public final class Pages {
  private Pages() {}

  /** The upload page; with {@code error}, an error summary and the message beside its field. */
  public static String upload(ServerConfig config, ServiceException error) {
    String field = error == null ? null : error.field() == null ? "workbook" : error.field();
    String summary = error == null ? "" : """
        <div class="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 class="govuk-error-summary__title">There is a problem</h2>
            <div class="govuk-error-summary__body">
              <ul class="govuk-list govuk-error-summary__list">
                <li><a href="#%s">%s</a></li>
              </ul>
            </div>
          </div>
        </div>
        """.formatted(field, esc(error.getMessage()));
    String main = """
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
        %s
            <h1 class="govuk-heading-l">Check a performance scorecard</h1>
            <p class="govuk-body">Upload your scorecard workbook. We check every indicator, rate it Red, Amber, Green or Grey against its target, and list anything that looks wrong: a percentage over 100%%, a Change written in percent instead of percentage points, a RAG that does not match the figures.</p>
            <p class="govuk-body">You can then download a copy of your workbook with the ratings filled in. Your own caveats are kept as you wrote them.</p>
            <form id="upload-form" method="post" action="/rate" enctype="multipart/form-data" novalidate>
        %s
              <details class="govuk-details"%s>
                <summary class="govuk-details__summary">
                  <span class="govuk-details__summary-text">Use a rules file (optional)</span>
                </summary>
                <div class="govuk-details__text">
        %s
                </div>
              </details>
              <button type="submit" class="govuk-button" data-module="govuk-button" data-prevent-double-click="true">Check workbook</button>
              <div class="app-progress" id="upload-progress" hidden>
                <progress class="app-progress__bar" id="upload-progress-bar" max="100" value="0" aria-labelledby="upload-progress-text"></progress>
                <p class="govuk-body app-progress__text" id="upload-progress-text" role="status" aria-live="polite"></p>
              </div>
            </form>
            <h2 class="govuk-heading-m">What we do with your workbook</h2>
            <p class="govuk-body">We check it in memory and never save it to disk or keep it: the rated
            copy comes back to your browser with the results. We do not record what is in it.</p>
          </div>
        </div>
        """.formatted(summary,
        fileField("workbook", "Upload your workbook", true,
            "An Excel workbook (.xlsx, .xlsm or .xls), smaller than "
                + Upload.megabytes(config.maxUploadBytes()) + ".",
            ".xlsx,.xlsm,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,"
                + "application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.ms-excel",
            "workbook".equals(field) ? error.getMessage() : null),
        "rules".equals(field) ? " open" : "",
        fileField("rules", "Rules file", false,
            "A YAML file that gives polarity, targets and tolerances where the workbook does not.",
            ".yaml,.yml,.json", "rules".equals(field) ? error.getMessage() : null));
    return Html.page((error == null ? "" : "Error: ") + "Check a performance scorecard", main);
  }

  private static String fileField(String id, String label, boolean main, String hint,
      String accept, String error) {
    String errorId = id + "-error";
    return """
                <div class="govuk-form-group%s">
                  <label class="govuk-label%s" for="%s">%s</label>
                  <div id="%s-hint" class="govuk-hint">%s</div>
        %s
                  <div class="govuk-drop-zone" data-module="govuk-file-upload">
                    <input class="govuk-file-upload%s" id="%s" name="%s" type="file" accept="%s" aria-describedby="%s-hint%s">
                  </div>
                </div>
        """.formatted(error == null ? "" : " govuk-form-group--error",
        main ? " govuk-label--m" : "", id, esc(label), id, esc(hint),
        error == null ? "" : "          <p id=\"" + errorId + "\" class=\"govuk-error-message\">"
            + "<span class=\"govuk-visually-hidden\">Error:</span> " + esc(error) + "</p>",
        error == null ? "" : " govuk-file-upload--error", id, id, esc(accept), id,
        error == null ? "" : " " + errorId);
  }

  /** A short page with a heading, a sentence and a way back to the upload page. */
  public static String message(String heading, String sentence) {
    String main = """
        <div class="govuk-grid-row">
          <div class="govuk-grid-column-two-thirds">
            <h1 class="govuk-heading-l">%s</h1>
            <p class="govuk-body">%s</p>
            <p class="govuk-body"><a class="govuk-link" href="/">Check a workbook</a></p>
          </div>
        </div>
        """.formatted(esc(heading), esc(sentence));
    return Html.page(heading, main);
  }
}
