package uk.scorecard.write;

import java.io.IOException;
import java.util.List;
import uk.scorecard.Options;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.report.Report;

/** Writes the ratings, notes and Checks sheet back into a copy of the officer's workbook. */
public final class WorkbookWriter {

  private WorkbookWriter() {}

  /** The rated workbook's bytes, in the format it came in. */
  public static byte[] write(byte[] original, ReadWorkbook wb, List<RatedIndicator> rated,
      Report report, Options options) throws IOException {
    Plan plan = Plan.of(rated, report.findings(), options.live());
    return wb.format() == ReadWorkbook.Format.XLS
        ? XlsWriter.write(original, plan, report)
        : XlsxPatcher.patch(original, plan, report);
  }
}
