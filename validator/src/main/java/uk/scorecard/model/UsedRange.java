package uk.scorecard.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One worksheet's used range as Excel's JavaScript API hands it to the add-in when the workbook's
 * file is not available: the sheet's name, the range's address (its top-left cell places the rest),
 * and row by row each cell's value (a number, text, true/false, or an error such as {@code #N/A}),
 * its number format code and, where the cell holds one, its formula ({@code =...}, else null).
 */
public record UsedRange(
    String name,
    String address,
    List<List<@Nullable Object>> values,
    @Nullable List<List<@Nullable String>> numberFormat,
    @Nullable List<List<@Nullable String>> formulas) {}
