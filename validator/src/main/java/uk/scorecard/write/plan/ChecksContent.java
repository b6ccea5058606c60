package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.report.FindingGroup;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * What the Checks sheet says, for a board pack: a summary, what changed since last month (when
 * compared), the exception report's sentences, the Red and Amber exceptions, then every finding,
 * errors first, each linked to its cell. Format-free: the xlsx and xls writers render it.
 */
public final class ChecksContent {

  /** The sheet's title, in A1; it also marks the sheet as ours on the next run. */
  public static final String TITLE = "Scorecard checks";

  /** The heading the rating counts come under. */
  public static final String SUMMARY = "Summary";

  public static final String SHEET_NAME = "Checks";

  /** Column widths in characters: A to G. */
  public static final double[] WIDTHS = {12, 48, 16, 18, 12, 9, 55};

  /** The width in characters from a column to the last, which a sentence spans. */
  public static double widthFrom(int col) {
    double w = 0;
    for (int i = Math.min(col, WIDTHS.length - 1); i < WIDTHS.length; i++) {
      w += WIDTHS[i];
    }
    return w;
  }

  /** How a cell looks. */
  public enum Look {
    TITLE,
    HEADING,
    HEADER,
    PLAIN,
    WRAP,
    RAG,
    /** Wrapped text spanning from its column to the last (G), for a sentence. */
    SENTENCE,
    /** A whole number, written as a number so Excel does not flag it as a number stored as text. */
    COUNT
  }

  /**
   * One cell: its text, look, rating (for RAG cells), an in-workbook link target or null, and a
   * formula whose cached value is the text (a live count, rate --live) or null.
   */
  public record Cell(
      String text,
      Look look,
      @Nullable Rating rating,
      @Nullable String link,
      @Nullable String formula) {

    /** A cell with no formula. */
    public Cell(String text, Look look, @Nullable Rating rating, @Nullable String link) {
      this(text, look, rating, link, null);
    }

    static Cell of(String text, Look look) {
      return new Cell(text == null ? "" : text, look, null, null);
    }

    Cell withRating(Rating r) {
      return new Cell(text, look, r, link);
    }

    Cell withFormula(String f) {
      return new Cell(text, look, rating, link, f);
    }
  }

  private ChecksContent() {}

  /** The rows of the sheet with no heading lines, top to bottom. */
  public static List<List<Cell>> rows(Report report) {
    return rows(report, ChecksHeading.NONE);
  }

  /**
   * The rows of the sheet, top to bottom; an empty row is a blank line. Under the title, what a
   * printed page needs to stand alone in a meeting: the marking, the period and the day it was
   * checked (the workbook's name is in the page header).
   */
  public static List<List<Cell>> rows(Report report, ChecksHeading heading) {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(List.of(Cell.of(TITLE, Look.TITLE)));
    if (!heading.marking().isEmpty()) {
      rows.add(List.of(Cell.of(heading.marking(), Look.HEADING)));
    }
    if (!heading.period().isEmpty()) {
      rows.add(List.of(Cell.of("As at " + heading.period(), Look.PLAIN)));
    }
    if (!heading.checked().isEmpty()) {
      rows.add(List.of(Cell.of("Checked " + heading.checked(), Look.PLAIN)));
    }
    rows.add(List.of());
    rows.add(List.of(Cell.of(SUMMARY, Look.HEADING)));
    rows.add(count("Indicators read", report.indicators().size(), null));
    if (report.notRead() > 0) {
      rows.add(count("Rows with an id not read (see findings)", report.notRead(), null));
    }
    for (Rating r : Rating.values()) {
      if (report.count(r) == 0 && r.onlyWhenUsed()) {
        continue;
      }
      rows.add(count(r.word(), report.count(r), r));
    }
    rows.add(count("Errors", report.count(Severity.ERROR), null));
    rows.add(count("Warnings", report.count(Severity.WARNING), null));
    rows.add(List.of());
    if (report.since() != null) {
      SinceContent.rows(report, rows);
      rows.add(List.of());
    }
    if (SinceContent.sentences(report, rows)) {
      rows.add(List.of());
    }
    exceptions(report, rows);
    rows.add(List.of());
    findings(report, rows);
    return rows;
  }

  private static List<Cell> count(String label, long n, Rating r) {
    Cell number = Cell.of(Long.toString(n), Look.COUNT);
    return r == null
        ? List.of(Cell.of(label, Look.PLAIN), number)
        : List.of(Cell.of(label, Look.RAG).withRating(r), number);
  }

  private static void exceptions(Report report, List<List<Cell>> rows) {
    List<IndicatorResult> ex = report.exceptions();
    rows.add(
        List.of(Cell.of("Exceptions: Red and Amber indicators (" + ex.size() + ")", Look.HEADING)));
    if (ex.isEmpty()) {
      rows.add(List.of(Cell.of("None: no indicator is rated Red or Amber.", Look.PLAIN)));
      return;
    }
    rows.add(header("Ref", "Indicator", "Latest", "Target", "Change", "RAG", "Caveat"));
    for (IndicatorResult i : ex) {
      rows.add(
          List.of(
              link(i.id(), i.sheet(), "A" + i.row()),
              Cell.of(i.title(), Look.WRAP),
              Cell.of(i.latest(), Look.PLAIN),
              Cell.of(i.target(), Look.PLAIN),
              Cell.of(i.change(), Look.PLAIN),
              Cell.of(i.ratingShown(), Look.RAG).withRating(i.rating()),
              Cell.of(i.caveat(), Look.WRAP)));
    }
  }

  private static void findings(Report report, List<List<Cell>> rows) {
    List<Finding> fs = report.findings();
    rows.add(List.of(Cell.of("Findings (" + fs.size() + ")", Look.HEADING)));
    if (fs.isEmpty()) {
      rows.add(List.of(Cell.of("None: no impossible or suspicious values found.", Look.PLAIN)));
      return;
    }
    rows.add(header("Severity", "What is wrong", "Where", "Rule"));
    // Errors first; a finding repeated on many cells for the same reason is one row, linked to
    // its first cell, so the page shows the signal rather than the same sentence forty times.
    for (FindingGroup g : FindingGroup.of(fs)) {
      Finding f = g.first();
      Cell where =
          f.cell().isEmpty()
              ? Cell.of("Workbook", Look.PLAIN)
              : link(f.sheet() + "!" + g.cells(), f.sheet(), f.cell());
      rows.add(
          List.of(
              Cell.of(capital(f.severity().word()), Look.PLAIN),
              Cell.of(f.message(), Look.WRAP),
              where,
              Cell.of(f.code(), Look.PLAIN)));
    }
  }

  static List<Cell> header(String... titles) {
    List<Cell> row = new ArrayList<>();
    for (String t : titles) {
      row.add(Cell.of(t, Look.HEADER));
    }
    return row;
  }

  static Cell link(String text, String sheet, String cell) {
    return new Cell(
        text == null ? "" : text, Look.PLAIN, null, "'" + sheet.replace("'", "''") + "'!" + cell);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
