package uk.scorecard.read;

import java.util.List;
import uk.scorecard.model.ReadWorkbook.Format;

/** A workbook's sheets as grids of raw cells, with what is needed to read them. */
record Sheets(Format format, boolean date1904, List<Grid> grids) {}
