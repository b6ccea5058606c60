package uk.scorecard;

import java.util.List;
import java.util.Objects;
import uk.scorecard.model.UsedRange;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.xlsx.ValuesWorkbook;

/**
 * A workbook to check or rate: the name it was given (for messages and the output name) and its
 * bytes.
 */
public record Input(String name, byte[] bytes) {

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }

  /**
   * A workbook rebuilt from the used ranges Excel's API gave the add-in (values, number formats,
   * formulas; no notes, merges or styles), to check as a file; {@link IllegalArgumentException}
   * with a one-line reason when the ranges do not describe a workbook.
   */
  public static Input ofValues(String name, List<UsedRange> sheets)
      throws WorkbookRefusedException {
    return new Input(name, ValuesWorkbook.xlsx(sheets));
  }
}
