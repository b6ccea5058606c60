package uk.scorecard.read.grid;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.ReadWorkbook.Format;

/**
 * A workbook's sheets as grids of raw cells, with what is needed to read them, the day it was last
 * saved (null when its properties do not say) and the name of our Rules sheet from an earlier rate
 * --live (null when no sheet carries its hidden name).
 */
public record Sheets(
    Format format,
    boolean date1904,
    List<Grid> grids,
    @Nullable LocalDate saved,
    @Nullable String rulesSheet) {

  /** Sheets with no Rules sheet of ours. */
  public Sheets(Format format, boolean date1904, List<Grid> grids, @Nullable LocalDate saved) {
    this(format, date1904, grids, saved, null);
  }
}
