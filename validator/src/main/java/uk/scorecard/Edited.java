package uk.scorecard;

import java.util.List;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.report.Edit;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.ChecksHeading;

/**
 * What rating would write into a workbook, as an edit list, with the report of what was found and
 * the format the workbook came in and the lines the Checks sheet opens with; nothing has been
 * written.
 */
public record Edited(Report report, List<Edit> edits, Format format, ChecksHeading heading) {

  /** An edit list whose Checks sheet has no heading lines. */
  public Edited(Report report, List<Edit> edits, Format format) {
    this(report, edits, format, ChecksHeading.NONE);
  }
}
