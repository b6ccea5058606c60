package uk.scorecard.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import uk.scorecard.compare.Comparison;
import uk.scorecard.compare.Sentences;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.report.CompareReport;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * The results page of one workbook (template {@code results.jte}): the counts, what changed since
 * last month (when last month's workbook came too), the exception report, every indicator in a
 * table filtered by rating ({@link Listing}), every finding naming its indicator and cell, and the
 * link to the rated copy while it is kept ({@link Kept}).
 */
public final class ResultsPage {
  private ResultsPage() {}

  /**
   * What the template shows: each piece worked out here, so the template only lays it out. With
   * last month's workbook, {@code since} is the comparison and {@code compared} its count line.
   * {@code download} is null once the rated copy has gone; {@code summary} links back to the
   * upload's summary when it held several workbooks.
   */
  public record View(
      String originalName,
      String ratedName,
      @Nullable String download,
      String keptFor,
      String headline,
      List<Count> ratings,
      List<Count> problems,
      @Nullable Comparison since,
      String compared,
      List<Sentence> sentences,
      List<Listing.Filter> filters,
      String shown,
      List<IndicatorResult> indicators,
      List<Listing.Found> findings,
      String csv,
      @Nullable String summary) {}

  /** A line of the exception report: an indicator's sentence with its rating, or an overview. */
  public record Sentence(@Nullable Rating rating, String text) {}

  /** A row of counts: a rating's tag (or, with no rating, the label), the count, its meaning. */
  public record Count(
      String key, @Nullable Rating rating, String label, String value, String meaning) {}

  /**
   * The page of a workbook kept at {@code path} ({@code /results/ID}, or {@code
   * /results/ID/workbook/N} with {@code summary} the upload's summary), its indicators filtered by
   * {@code filter} (a {@code rating} query value; anything else shows all).
   */
  static String html(
      ServerConfig config,
      Kept.Item item,
      String path,
      boolean downloadable,
      @Nullable String filter,
      @Nullable String summary) {
    String keptFor = config.keep().words();
    Report r = java.util.Objects.requireNonNull(item.report());
    Comparison since = r.since();
    String key = Listing.key(r, filter);
    View view =
        new View(
            item.name(),
            java.util.Objects.requireNonNull(item.ratedName()),
            downloadable ? path + "/download" : null,
            keptFor,
            headline(r),
            ratings(r),
            problems(r),
            since,
            since == null ? "" : CompareReport.count(since),
            sentences(r),
            Listing.filters(r, path, key),
            Listing.shown(r, key),
            Listing.indicators(r, key),
            Listing.findings(r),
            (summary == null ? path : summary) + "/findings.csv",
            summary);
    return Templates.render("results.jte", "site", Site.of(config), "v", view);
  }

  static String headline(Report r) {
    long errors = r.count(Severity.ERROR);
    long warnings = r.count(Severity.WARNING);
    String checked = "We checked " + count(r.indicators().size(), "indicator", "indicators");
    if (errors == 0 && warnings == 0) {
      return checked + " and found no errors or warnings.";
    }
    return checked
        + " and found "
        + count(errors, "error", "errors")
        + " and "
        + count(warnings, "warning", "warnings")
        + ".";
  }

  static List<Count> ratings(Report r) {
    List<Count> rows = new ArrayList<>();
    for (Rating rating : Rating.values()) {
      if (r.count(rating) == 0 && rating.onlyWhenUsed()) {
        continue;
      }
      String meaning =
          switch (rating) {
            case RED -> "beyond the tolerance";
            case AMBER_RED -> "missed the target, in the third of the tolerance nearest Red";
            case AMBER -> "missed the target, within the tolerance";
            case AMBER_GREEN -> "missed the target, in the third of the tolerance nearest it";
            case GREEN -> "met or beat the target";
            case BLUE -> "beyond the target by the workbook's Blue margin";
            case GREY -> "not rated: no target, polarity or figure, or a figure in error";
          };
      rows.add(
          new Count(
              rating.name().toLowerCase(Locale.ROOT),
              rating,
              rating.word(),
              count(r.count(rating), "indicator", "indicators"),
              meaning));
    }
    return rows;
  }

  static List<Count> problems(Report r) {
    List<Count> rows = new ArrayList<>();
    rows.add(
        new Count(
            "errors",
            null,
            "Errors",
            count(r.count(Severity.ERROR), "error", "errors"),
            "impossible values, such as a percentage over 100%"));
    rows.add(
        new Count(
            "warnings",
            null,
            "Warnings",
            count(r.count(Severity.WARNING), "warning", "warnings"),
            "suspicious values, such as a RAG that does not match the figures"));
    if (r.count(Severity.INFO) > 0) {
      rows.add(
          new Count(
              "info",
              null,
              "Notes",
              count(r.count(Severity.INFO), "note", "notes"),
              "for information"));
    }
    return rows;
  }

  /**
   * The exception report as the Checks sheet has it: what changed since last month (when compared),
   * then each indicator's sentence (its {@code summary} in {@code check --format json}), Red first.
   */
  private static List<Sentence> sentences(Report r) {
    List<Sentence> out = new ArrayList<>();
    if (r.since() != null) {
      Sentences.overview(r.since()).forEach(s -> out.add(new Sentence(null, s)));
    }
    r.indicators().stream()
        .filter(i -> !i.summary().isEmpty())
        .sorted(Comparator.comparing(IndicatorResult::rating))
        .forEach(i -> out.add(new Sentence(i.rating(), i.summary())));
    return out;
  }

  /** An indicator as a reader names it: its id and title. */
  public static String name(IndicatorResult i) {
    return (Objects.toString(i.id(), "") + " " + Objects.toString(i.title(), "")).strip();
  }

  /** "1 indicator", "3 indicators". */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** Where a finding is, in words: "‘Scorecard’ sheet, cell F3", or "The whole workbook". */
  public static String where(@Nullable String sheet, @Nullable String cell) {
    boolean noSheet = sheet == null || sheet.isEmpty();
    boolean noCell = cell == null || cell.isEmpty();
    if (noSheet && noCell) {
      return "The whole workbook";
    }
    if (noCell) {
      return "‘" + sheet + "’ sheet";
    }
    return noSheet ? "Cell " + cell : "‘" + sheet + "’ sheet, cell " + cell;
  }
}
