package uk.scorecard.write;

import java.io.IOException;
import java.util.List;
import uk.scorecard.model.DirectionPlace;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.report.Edit;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.ChecksHeading;
import uk.scorecard.write.plan.Edits;
import uk.scorecard.write.plan.NotKept;
import uk.scorecard.write.plan.Plan;
import uk.scorecard.write.xls.XlsWriter;
import uk.scorecard.write.xlsx.Xlsx;

/**
 * Writes the ratings, notes and Checks sheet back into a copy of the officer's workbook, then reads
 * the copy back and proves that nothing of theirs changed before handing it over.
 */
public final class WorkbookWriter {

  private WorkbookWriter() {}

  /**
   * What rating writes into a workbook, planned from its rated indicators, with live RAG colouring
   * if asked, the direction of travel where the rules file puts it and the protective marking
   * (empty for none) the Checks sheet prints. The plan holds nothing of the rated indicators or the
   * workbook read, so a caller that lets go of those before {@link #write(byte[],
   * ReadWorkbook.Format, Plan, Report)} writes without them in memory.
   */
  public static Plan plan(
      ReadWorkbook wb,
      List<RatedIndicator> rated,
      Report report,
      boolean live,
      DirectionPlace travel,
      String marking) {
    return planned(rated, report, travel, live, wb.format())
        .withHeading(ChecksHeading.of(rated, marking));
  }

  /**
   * The rated workbook's bytes, in the format it came in, written from a {@link #plan}, which it
   * empties as it goes; refused if the self-check fails.
   */
  public static byte[] write(
      byte[] original, ReadWorkbook.Format format, Plan planned, Report report)
      throws IOException, NotKept {
    // Every path writes from the edit list, as the add-in does: one "what to write" model.
    // Cell by cell, so a million cells' plan and edit list are never held whole at once.
    Plan plan = Edits.through(planned).withHeading(planned.heading());
    return patched(original, format, plan, report);
  }

  /** What rating writes, as an edit list: the plan without live formatting, cell by cell. */
  public static List<Edit> edits(List<RatedIndicator> rated, Report report, DirectionPlace travel) {
    return edits(rated, report, travel, false, ReadWorkbook.Format.XLSX);
  }

  /**
   * What rating writes, as an edit list, with live formulas and colouring if asked ({@code live});
   * an .xls keeps values, its writer colouring the RAG live but writing no formulas.
   */
  public static List<Edit> edits(
      List<RatedIndicator> rated,
      Report report,
      DirectionPlace travel,
      boolean live,
      ReadWorkbook.Format format) {
    // For a workbook open in Excel: the pane adds no Rules sheet, so the rules are constants.
    return Edits.of(
        Plan.of(
            rated,
            report.findings(),
            live,
            travel,
            live && format != ReadWorkbook.Format.XLS,
            false));
  }

  private static Plan planned(
      List<RatedIndicator> rated,
      Report report,
      DirectionPlace travel,
      boolean live,
      ReadWorkbook.Format format) {
    return Plan.of(
        rated, report.findings(), live, travel, live && format != ReadWorkbook.Format.XLS);
  }

  /**
   * The rated workbook from an edit list: the plan it describes written by the format's patcher,
   * with the Checks sheet from the report under these heading lines, and self-checked.
   */
  public static byte[] write(
      byte[] original,
      ReadWorkbook.Format format,
      List<Edit> edits,
      Report report,
      ChecksHeading heading)
      throws IOException, NotKept {
    return patched(original, format, Edits.plan(edits).withHeading(heading), report);
  }

  private static byte[] patched(
      byte[] original, ReadWorkbook.Format format, Plan plan, Report report)
      throws IOException, NotKept {
    Report shown =
        new Report(
            report.path(), plan.shown(report.findings()), report.indicators(), report.since());
    if (format == ReadWorkbook.Format.XLS) {
      return XlsWriter.write(original, plan, shown);
    }
    return Xlsx.write(original, plan, shown);
  }
}
