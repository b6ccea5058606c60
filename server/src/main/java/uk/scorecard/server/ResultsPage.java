package uk.scorecard.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.Rated;
import uk.scorecard.compare.Comparison;
import uk.scorecard.compare.Sentences;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.report.CompareReport;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * The results page (template {@code results.jte}): the counts, what changed since last month (when
 * last month's workbook came too), the exception report, the exceptions (Red and Amber indicators),
 * every finding with its sheet and cell, and the rated workbook itself as the download link's data,
 * so nothing is held on the server between requests (the browser's script turns the link into a
 * file of its own, since some browsers refuse long data links). The workbook is encoded as the page
 * is sent.
 */
public final class ResultsPage {
  private ResultsPage() {}

  /** Where the workbook's Base64 goes; no upload's name or cell can hold a NUL. */
  private static final String DATA = "\u0000workbook\u0000";

  /**
   * What the template shows: each piece worked out here, so the template only lays it out. With
   * last month's workbook, {@code since} is the comparison and {@code compared} its count line.
   */
  public record View(
      String originalName,
      String ratedName,
      String contentType,
      String headline,
      List<Count> ratings,
      List<Count> problems,
      @Nullable Comparison since,
      String compared,
      List<Sentence> sentences,
      List<IndicatorResult> exceptions,
      List<Finding> findings) {}

  /** A line of the exception report: an indicator's sentence with its rating, or an overview. */
  public record Sentence(@Nullable Rating rating, String text) {}

  /** A row of counts: a rating's tag (or, with no rating, the label), the count, its meaning. */
  public record Count(
      String key, @Nullable Rating rating, String label, String value, String meaning) {}

  /** The page for a rated workbook, as a stream that encodes the workbook as it is read. */
  public static InputStream render(String originalName, Rated rated) {
    String[] html = html(originalName, rated).split(Pattern.quote(DATA), 2);
    return new SequenceInputStream(
        Collections.enumeration(
            List.of(
                new ByteArrayInputStream(html[0].getBytes(StandardCharsets.UTF_8)),
                new Base64Stream(rated.bytes()),
                new ByteArrayInputStream(html[1].getBytes(StandardCharsets.UTF_8)))));
  }

  /** The page with a marker where the workbook's Base64 goes. */
  static String html(String originalName, Rated rated) {
    Report r = rated.report();
    Comparison since = r.since();
    View view =
        new View(
            originalName,
            rated.fileName(originalName),
            rated.format().contentType(),
            headline(r),
            ratings(r),
            problems(r),
            since,
            since == null ? "" : CompareReport.count(since),
            sentences(r),
            r.exceptions(),
            r.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList());
    return Templates.render("results.jte", "v", view, "data", DATA);
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
