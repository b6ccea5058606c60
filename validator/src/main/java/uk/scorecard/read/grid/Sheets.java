package uk.scorecard.read.grid;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.ReadWorkbook.Format;

/**
 * A workbook's sheets as grids of raw cells, with what is needed to read them and the day it was
 * last saved (null when its properties do not say).
 */
public record Sheets(
    Format format, boolean date1904, List<Grid> grids, @Nullable LocalDate saved) {}
