package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.scorecard.model.Rating;
import uk.scorecard.report.ChecksSheet;
import uk.scorecard.report.Edit;
import uk.scorecard.report.Report;

/** The Checks sheet for an edit list: the rows the patcher writes, as the add-in adds them. */
public final class ChecksCells {

  private ChecksCells() {}

  /**
   * The Checks sheet that goes with an edit list: the report's rows under the heading lines, the
   * rating counts live formulas where the edit list's RAG cells are (as {@link LiveCounts}).
   */
  public static ChecksSheet of(List<Edit> edits, Report report, ChecksHeading heading) {
    Plan plan = Edits.plan(edits);
    // The findings the rated workbook shows, as the patcher's Checks sheet lists them.
    Report shown =
        new Report(
            report.path(), plan.shown(report.findings()), report.indicators(), report.since());
    List<List<ChecksContent.Cell>> rows =
        LiveCounts.apply(ChecksContent.rows(shown, heading), plan, shown);
    List<List<ChecksSheet.Cell>> out = new ArrayList<>(rows.size());
    for (List<ChecksContent.Cell> row : rows) {
      List<ChecksSheet.Cell> cells = new ArrayList<>(row.size());
      row.forEach(c -> cells.add(cell(c)));
      out.add(cells);
    }
    List<Double> widths = new ArrayList<>();
    for (double w : ChecksContent.WIDTHS) {
      widths.add(w);
    }
    return new ChecksSheet(
        ChecksContent.TITLE, List.of(ChecksContent.SHEET_NAME, ChecksContent.TITLE), widths, out);
  }

  private static ChecksSheet.Cell cell(ChecksContent.Cell c) {
    Rating r = c.look() == ChecksContent.Look.RAG ? c.rating() : null;
    return new ChecksSheet.Cell(
        c.text(),
        c.look().name().toLowerCase(Locale.ROOT),
        r == null ? null : r.word(),
        r == null ? null : "#" + RagFill.fill(r),
        r == null ? null : "#" + RagFill.ink(r),
        c.link(),
        c.formula() == null ? null : "=" + c.formula());
  }
}
