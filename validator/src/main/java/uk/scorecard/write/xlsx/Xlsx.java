package uk.scorecard.write.xlsx;

import java.io.IOException;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.NotKept;
import uk.scorecard.write.plan.Plan;

/** Writes a plan into an OOXML package and proves the result kept everything of the officer's. */
public final class Xlsx {

  private Xlsx() {}

  /** The patched package, checked against the original before it is handed back. */
  public static byte[] write(byte[] original, Plan plan, Report report)
      throws IOException, NotKept {
    Written w = XlsxPatcher.patch(original, plan, report);
    XlsxKept.check(original, w, plan);
    return w.bytes;
  }
}
