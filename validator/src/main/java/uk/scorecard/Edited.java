package uk.scorecard;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.report.ChecksSheet;
import uk.scorecard.report.Edit;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.ChecksHeading;

/**
 * What rating would write into a workbook, as an edit list, with the report of what was found and
 * the format the workbook came in, the lines the Checks sheet opens with and that sheet as the
 * add-in adds it (null when not asked for); nothing has been written.
 */
public record Edited(
    Report report,
    List<Edit> edits,
    Format format,
    ChecksHeading heading,
    @Nullable ChecksSheet checks) {

  /** An edit list whose Checks sheet has no heading lines. */
  public Edited(Report report, List<Edit> edits, Format format) {
    this(report, edits, format, ChecksHeading.NONE, null);
  }
}
