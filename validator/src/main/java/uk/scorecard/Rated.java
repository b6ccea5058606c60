package uk.scorecard;

import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.report.Report;

/** A rated workbook: its bytes, in the format it came in, and the report of what was found. */
public record Rated(Report report, byte[] bytes, Format format) {

  /** The name to save it under: {@code budget.xlsx} becomes {@code budget-rated.xlsx}. */
  public String fileName(String original) {
    String base = original == null || original.isBlank() ? "workbook" : original;
    base = base.replaceAll("^.*[/\\\\]", "");
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    return base + "-rated." + format.extension();
  }
}
