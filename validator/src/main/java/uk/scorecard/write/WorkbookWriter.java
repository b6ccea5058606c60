package uk.scorecard.write;

import java.util.List;
import uk.scorecard.Options;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.report.Report;

/** Writes ratings back into the workbook. */
public final class WorkbookWriter {
  private WorkbookWriter() {}

  /** The rated workbook's bytes. */
  public static byte[] write(byte[] original, ReadWorkbook wb, List<RatedIndicator> rated,
      Report report, Options options) {
    return original.clone();
  }
}
