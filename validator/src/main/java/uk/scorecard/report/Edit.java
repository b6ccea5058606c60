package uk.scorecard.report;

import org.jspecify.annotations.Nullable;

/**
 * One cell that rating writes, as the Excel add-in applies it and the zip patcher consumes it: the
 * sheet and cell ({@code F7}); the text to put there ({@code value}; empty clears the cell, null
 * leaves it) or a formula (never written today: a formula cell is the officer's); the fill and font
 * colours of a RAG cell ({@code #RRGGBB}) and its rating; a number format (null keeps the cell's);
 * the note we attach ({@code Scorecard check: …}); whether the text wraps (a caveat); whether it is
 * a header we add, styled like the header beside it, and that column's width in characters.
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
    @Nullable Double width) {

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
        width);
  }
}
