package uk.scorecard.server;

import static uk.scorecard.server.Html.esc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import uk.scorecard.Rated;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * The results page: the counts, the exceptions (Red and Amber indicators), every finding with its
 * sheet and cell, and the rated workbook itself as the download link's data, so nothing is held
 * on the server between requests (the browser's script turns the link into a file of its own,
 * since some browsers refuse long data links). The workbook is encoded as the page is sent.
 */
public final class ResultsPage {
  private ResultsPage() {}

  private static final String DATA = "\u0000workbook\u0000";

  /** The page for a rated workbook, as a stream that encodes the workbook as it is read. */
  public static InputStream render(String originalName, Rated rated) {
    String[] html = html(originalName, rated).split(java.util.regex.Pattern.quote(DATA), 2);
    return new SequenceInputStream(java.util.Collections.enumeration(List.of(
        new ByteArrayInputStream(html[0].getBytes(StandardCharsets.UTF_8)),
        new Base64Stream(rated.bytes()),
        new ByteArrayInputStream(html[1].getBytes(StandardCharsets.UTF_8)))));
  }

  /** The page with a marker where the workbook's Base64 goes. */
  static String html(String originalName, Rated rated) {
    Report r = rated.report();
    String ratedName = rated.fileName(originalName);
    StringBuilder m = new StringBuilder();
    m.append("<div class=\"govuk-grid-row\" id=\"results\">")
        .append("<div class=\"govuk-grid-column-two-thirds\">\n")
        .append("<span class=\"govuk-caption-l\">").append(esc(originalName)).append("</span>\n")
        .append("<h1 class=\"govuk-heading-l\">Your scorecard results</h1>\n")
        .append("<p class=\"govuk-body-l\">").append(esc(headline(r))).append("</p>\n")
        .append("<a href=\"data:").append(esc(rated.format().contentType())).append(";base64,")
        .append(DATA).append("\" download=\"").append(esc(ratedName))
        .append("\" id=\"download\" role=\"button\" draggable=\"false\" class=\"govuk-button\""
            + " data-module=\"govuk-button\">Download rated workbook</a>\n")
        .append("<p class=\"govuk-body\">The rated copy is called <strong>").append(esc(ratedName))
        .append("</strong>. Download it now: we do not keep it, so once you leave this page you"
            + " will need to upload the workbook again.</p>\n")
        .append(counts(r))
        .append("</div></div>\n")
        .append(exceptions(r.exceptions()))
        .append(findings(r.findings()))
        .append("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Check another workbook</a></p>\n");
    return Html.page("Results", m.toString());
  }

  private static String headline(Report r) {
    long errors = r.count(Severity.ERROR);
    long warnings = r.count(Severity.WARNING);
    String checked = "We checked " + Html.count(r.indicators().size(), "indicator", "indicators");
    if (errors == 0 && warnings == 0) {
      return checked + " and found no errors or warnings.";
    }
    return checked + " and found " + Html.count(errors, "error", "errors") + " and "
        + Html.count(warnings, "warning", "warnings") + ".";
  }

  private static String counts(Report r) {
    StringBuilder b = new StringBuilder("<h2 class=\"govuk-heading-m\">Ratings</h2>\n"
        + "<dl class=\"govuk-summary-list\" id=\"rating-counts\">\n");
    for (Rating rating : Rating.values()) {
      if (r.count(rating) == 0 && rating.onlyWhenUsed()) {
        continue;
      }
      String meaning = switch (rating) {
        case RED -> "beyond the tolerance";
        case AMBER_RED -> "missed the target, in the third of the tolerance nearest Red";
        case AMBER -> "missed the target, within the tolerance";
        case AMBER_GREEN -> "missed the target, in the third of the tolerance nearest it";
        case GREEN -> "met or beat the target";
        case BLUE -> "beyond the target by the workbook's Blue margin";
        case GREY -> "not rated: no target, polarity or figure, or a figure in error";
      };
      row(b, rating.name().toLowerCase(java.util.Locale.ROOT), Html.tag(rating),
          Html.count(r.count(rating), "indicator", "indicators"), meaning);
    }
    b.append("</dl>\n<h2 class=\"govuk-heading-m\">Problems</h2>\n"
        + "<dl class=\"govuk-summary-list\" id=\"finding-counts\">\n");
    row(b, "errors", "Errors", Html.count(r.count(Severity.ERROR), "error", "errors"),
        "impossible values, such as a percentage over 100%");
    row(b, "warnings", "Warnings", Html.count(r.count(Severity.WARNING), "warning", "warnings"),
        "suspicious values, such as a RAG that does not match the figures");
    if (r.count(Severity.INFO) > 0) {
      row(b, "info", "Notes", Html.count(r.count(Severity.INFO), "note", "notes"), "for information");
    }
    return b.append("</dl>\n").toString();
  }

  /** A summary list row: {@code label} is our markup; the count and its meaning are text. */
  private static void row(StringBuilder b, String key, String label, String value, String meaning) {
    b.append("<div class=\"govuk-summary-list__row\" data-count=\"").append(key).append("\">")
        .append("<dt class=\"govuk-summary-list__key\">").append(label).append("</dt>")
        .append("<dd class=\"govuk-summary-list__value\"><span class=\"app-count\">")
        .append(esc(value)).append("</span> <span class=\"app-meaning\">").append(esc(meaning))
        .append("</span></dd></div>\n");
  }

  private static String exceptions(List<IndicatorResult> rows) {
    StringBuilder b = new StringBuilder("<h2 class=\"govuk-heading-m\" id=\"exceptions-heading\">"
        + "Exceptions: Red and Amber indicators</h2>\n");
    if (rows.isEmpty()) {
      return b.append("<p class=\"govuk-body\">No indicators are rated Red or Amber.</p>\n").toString();
    }
    b.append(tableStart("exceptions", "Red and Amber indicators, Red first",
        "Rating", "Indicator", "Latest", "Target", "Change", "Caveat", "Where"));
    for (IndicatorResult i : rows) {
      String name = (i.id() == null ? "" : i.id() + " ") + (i.title() == null ? "" : i.title());
      b.append("<tr class=\"govuk-table__row\">")
          .append(cell(Html.tag(i.rating()) + (i.directionAssumed()
              ? " <span class=\"govuk-body-s\">direction assumed</span>" : "")))
          .append(cell(esc(name.strip())))
          .append(cell(esc(i.latest()))).append(cell(esc(i.target())))
          .append(cell(esc(i.change()))).append(cell(esc(i.caveat())))
          .append(cell(esc("‘" + i.sheet() + "’ sheet, row " + i.row()))).append("</tr>\n");
    }
    return b.append(tableEnd()).toString();
  }

  private static String findings(List<Finding> all) {
    StringBuilder b = new StringBuilder("<h2 class=\"govuk-heading-m\" id=\"findings-heading\">"
        + "Everything we found</h2>\n");
    if (all.isEmpty()) {
      return b.append("<p class=\"govuk-body\">We found no problems in this workbook.</p>\n").toString();
    }
    b.append(tableStart("findings", "Every error, warning and note, errors first",
        "Where", "What we found", "Type"));
    all.stream().sorted(Comparator.comparing(Finding::severity)).forEach(f -> b
        .append("<tr class=\"govuk-table__row\">")
        .append(cell(esc(Html.where(f.sheet(), f.cell()))))
        .append(cell(esc(f.message()) + "<br><span class=\"govuk-hint app-code\">Check: "
            + esc(f.code()) + "</span>"))
        .append(cell(Html.tag(f.severity()))).append("</tr>\n"));
    return b.append(tableEnd()).toString();
  }

  private static String tableStart(String id, String caption, String... headings) {
    StringBuilder b = new StringBuilder("<div class=\"app-table-scroll\" role=\"region\" tabindex=\"0\""
        + " aria-labelledby=\"" + id + "-heading\">\n<table class=\"govuk-table\" id=\"" + id + "\">"
        + "<caption class=\"govuk-table__caption govuk-visually-hidden\">" + esc(caption)
        + "</caption>\n<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
    for (String h : headings) {
      b.append("<th scope=\"col\" class=\"govuk-table__header\">").append(esc(h)).append("</th>");
    }
    return b.append("</tr></thead>\n<tbody class=\"govuk-table__body\">\n").toString();
  }

  private static String tableEnd() {
    return "</tbody></table></div>\n";
  }

  private static String cell(String html) {
    return "<td class=\"govuk-table__cell\">" + html + "</td>";
  }
}
