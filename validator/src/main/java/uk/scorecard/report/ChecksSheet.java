package uk.scorecard.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Checks sheet as the Excel add-in adds it to the open workbook, the same rows the patcher
 * writes into a copy: the names it may take, in order ({@code names}; an officer's sheet of one of
 * those names is never replaced, ours is known by {@code title} in A1), column widths in
 * characters, and row by row its cells (an empty row is a gap).
 */
public record ChecksSheet(
    String title, List<String> names, List<Double> widths, List<List<Cell>> rows) {

  public ChecksSheet {
    names = List.copyOf(names);
    widths = List.copyOf(widths);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /**
   * One cell: its text; how it looks ({@code title}, {@code heading}, {@code header}, {@code
   * plain}, {@code wrap}, {@code rag}, {@code sentence}: wrapped across to the last column, {@code
   * count}: a number); a RAG cell's rating, fill and font colour; an in-workbook link ({@code
   * 'Scorecard'!F6}); a live count's formula ({@code =COUNTIF(…)}) whose cached value is the text.
   */
  public record Cell(
      String text,
      String look,
      @Nullable String rating,
      @Nullable String fill,
      @Nullable String fontColour,
      @Nullable String link,
      @Nullable String formula) {}
}
