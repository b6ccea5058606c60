package uk.scorecard;

import java.util.List;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.report.Edit;
import uk.scorecard.report.Report;

/**
 * What rating would write into a workbook, as an edit list, with the report of what was found and
 * the format the workbook came in; nothing has been written.
 */
public record Edited(Report report, List<Edit> edits, Format format) {}
