package uk.scorecard.report;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One thing that rating writes, as the Excel add-in applies it and the zip patcher consumes it: the
 * sheet and cell ({@code F7}); the text to put there ({@code value}; empty clears the cell, null
 * leaves it), or a live formula ({@code =IF(…)}, rate --live) whose cached value is {@code value}
 * ({@code number} when that is a number); the fill and font colours of a RAG cell ({@code #RRGGBB})
 * and its rating; a number format (null keeps the cell's); the note we attach ({@code Scorecard
 * check: …}); whether the text wraps (a caveat); whether it is a header we add, styled like the
 * header beside it, and that column's width in characters. {@code otherwise} is the formula to
 * write instead when a cell the formula reads (the row's target) no longer holds the figure it was
 * rated against; {@code replacesOurs} marks a cell whose formula is ours (a live table's), so
 * writing over it loses nothing of the officer's. An edit whose {@code cell} is a range ({@code
 * M5:M15}) and has {@code colours} is live conditional formatting: each of those ratings colours
 * the cells that say its word.
 */
public record Edit(
    String sheet,
    String cell,
    @Nullable String value,
    @Nullable String formula,
    @Nullable String fill,
    @Nullable String fontColour,
    @Nullable String numberFormat,
    @Nullable String note,
    @Nullable String rating,
    boolean wrap,
    boolean header,
    @Nullable Double width,
    @Nullable Boolean number,
    @Nullable Otherwise otherwise,
    @Nullable Boolean replacesOurs,
    @Nullable List<Colour> colours) {

  /** How live formatting colours a cell that says a rating's word: fill and text, #RRGGBB. */
  public record Colour(String rating, String fill, String fontColour) {}

  /**
   * The formula to write instead of an edit's when {@code cell} does not hold the number {@code
   * equals}.
   */
  public record Otherwise(String cell, double equals, String formula) {}

  /** An edit of a cell's value, look and note, with no formula. */
  public Edit(
      String sheet,
      String cell,
      @Nullable String value,
      @Nullable String formula,
      @Nullable String fill,
      @Nullable String fontColour,
      @Nullable String numberFormat,
      @Nullable String note,
      @Nullable String rating,
      boolean wrap,
      boolean header,
      @Nullable Double width) {
    this(
        sheet,
        cell,
        value,
        formula,
        fill,
        fontColour,
        numberFormat,
        note,
        rating,
        wrap,
        header,
        width,
        null,
        null,
        null,
        null);
  }

  /** Live conditional formatting over a range: each rating colours the cells saying its word. */
  public static Edit colouring(String sheet, String range, List<Colour> ratings) {
    return new Edit(
        sheet,
        range,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        false,
        null,
        null,
        null,
        null,
        List.copyOf(ratings));
  }

  /** This edit with a note added below any it has. */
  public Edit withNote(String text) {
    return new Edit(
        sheet,
        cell,
        value,
        formula,
        fill,
        fontColour,
        numberFormat,
        text,
        rating,
        wrap,
        header,
        width,
        number,
        otherwise,
        replacesOurs,
        colours);
  }
}
