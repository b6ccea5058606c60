package uk.scorecard.read;

import java.util.List;
import uk.scorecard.Input;
import uk.scorecard.WorkbookRefusedException;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rules.Rules;

/** Reads a workbook's indicator tables. */
public final class WorkbookReader {
  private WorkbookReader() {}

  /** Reads every indicator table in the workbook, or refuses it with a one-line reason. */
  public static ReadWorkbook read(Input input, Rules rules) throws WorkbookRefusedException {
    return new ReadWorkbook(ReadWorkbook.Format.XLSX, List.of(), List.of(), List.of());
  }
}
