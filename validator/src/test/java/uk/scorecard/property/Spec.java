package uk.scorecard.property;

import java.math.BigDecimal;
import java.util.List;

/**
 * A generated scorecard as the generator means it, before any workbook is written: the table's
 * layout, its rows top to bottom and the officer's notes. The oracle reads this, never the file.
 */
record Spec(Layout layout, List<Row> rows, List<Note> notes) {

  /** How the table is laid out and which writer saves it. */
  record Layout(Headers headers, Periods periods, Shape shape) {}

  /** The header wording; a null Change, RAG or Caveat header means the column is absent. */
  record Headers(
      String id,
      String title,
      String polarity,
      String target,
      String change,
      String rag,
      String caveat,
      boolean unitColumn) {}

  /** The period columns: their kind, how many and where the run starts. */
  record Periods(PeriodKind kind, int count, int start) {}

  /** Everything else about the sheet's shape. */
  record Shape(
      boolean twoRow,
      boolean mergedLabels,
      TitleRow title,
      boolean titleNamesPeriod,
      Extra notes,
      Extra lead,
      boolean toleranceColumn,
      Writer writer,
      String sheet) {}

  /** Monthly periods as real dates shown mmm-yy or as text like Jun-19, or quarters. */
  enum PeriodKind {
    MONTH_DATE,
    MONTH_TEXT,
    QUARTER
  }

  /** A title above the header: none, merged right above it, or merged with a blank row between. */
  enum TitleRow {
    NONE,
    ABOVE,
    ABOVE_WITH_GAP
  }

  /** Where an extra column the officer keeps sits; NONE leaves it out. */
  enum Extra {
    NONE,
    BEFORE_FIGURES,
    AFTER_FIGURES,
    LAST
  }

  /** Which writer saves the workbook we rate. */
  enum Writer {
    POI,
    OPENPYXL
  }

  /** A row below the header. */
  sealed interface Row {}

  /** A section heading in capitals, in the first column, perhaps merged across the table. */
  record Section(String text, boolean merged) implements Row {}

  /** An indicator row, with every cell the officer filled in. */
  record Indicator(
      String id,
      Measure measure,
      String title,
      String unitText,
      List<Entry> entries,
      Direction direction,
      String polarityText,
      Goal goal,
      Tol tol,
      String officerChange,
      OfficerRag officerRag,
      String officerCaveat,
      boolean extrasFilled)
      implements Row {}

  /** An officer's note (cell comment) at a position picked within the table, wrapped round it. */
  record Note(int rowPick, int colPick, String text) {}

  /** What an indicator measures and how its figures are stored and shown. */
  enum Measure {
    PERCENT_FORMATTED_0(Unit.PERCENT, "0%"),
    PERCENT_FORMATTED_1(Unit.PERCENT, "0.0%"),
    PERCENT_WHOLE(Unit.PERCENT, null),
    COUNT_FORMATTED(Unit.COUNT, "0"),
    COUNT_GENERAL(Unit.COUNT, null),
    DECIMAL_1(Unit.DECIMAL, "0.0"),
    DECIMAL_2(Unit.DECIMAL, "0.00"),
    DECIMAL_GENERAL(Unit.DECIMAL, null);

    final Unit unit;

    /** The cell's number format, or null for General. */
    final String format;

    Measure(Unit unit, String format) {
      this.unit = unit;
      this.format = format;
    }

    /** True when the cell holds a fraction shown as a percentage (0.85 shown 85%). */
    boolean fraction() {
      return format != null && format.endsWith("%");
    }
  }

  /** The unit as the generator means it (not the product's enum: the oracle stands alone). */
  enum Unit {
    PERCENT,
    COUNT,
    DECIMAL
  }

  /** Which way is better; NONE is a blank polarity cell. */
  enum Direction {
    HIGHER,
    LOWER,
    WITHIN,
    NOT_RATED,
    NONE
  }

  /** One period's cell of an indicator. */
  sealed interface Entry {}

  /** A number, on the indicator's own scale (0 to 100 for a percentage). */
  record Fig(BigDecimal value) implements Entry {}

  /** Text that is not a figure: TBC, c, [x], N/A, See Part 2 report. */
  record Mark(String text) implements Entry {}

  /** An empty cell. */
  record Empty() implements Entry {}

  /** A target: a point or a band, or null for a blank target cell. */
  sealed interface Goal {}

  /** A single target; {@code asText} writes it as text ("95%") rather than a number. */
  record Point(BigDecimal value, boolean asText) implements Goal {}

  /** A band such as "8% to 12%", always written as text. */
  record Band(BigDecimal low, BigDecimal high) implements Goal {}

  /** A tolerance cell; null for a blank one. */
  sealed interface Tol {}

  /** A share of the target: "10%" as text, or 0.1 formatted as a percentage. */
  record Relative(BigDecimal percent, boolean asText) implements Tol {}

  /** Percentage points, "5pp". */
  record Points(BigDecimal points) implements Tol {}

  /** A plain number in the indicator's units, as a number or as text. */
  record Units(BigDecimal units, boolean asText) implements Tol {}

  /** What the officer put in the RAG cell; {@code ours} when it is in the words we write. */
  enum OfficerRag {
    NONE(null, true),
    BLUE("Blue", false),
    SEE_NOTE("see note", false),
    FORMULA("IF(TRUE,\"Green\",\"Red\")", false),
    RED("Red", true),
    AMBER("amber", true),
    G("G", true);

    final String text;
    final boolean ours;

    OfficerRag(String text, boolean ours) {
      this.text = text;
      this.ours = ours;
    }
  }
}
