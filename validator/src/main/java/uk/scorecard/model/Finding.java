package uk.scorecard.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in a workbook: where (sheet and A1 cell, empty for the workbook as a whole),
 * how much it matters, the stable rule code and a sentence for people.
 */
public record Finding(String sheet, String cell, Severity severity, String code, String message) {

  /**
   * The longest message kept. Each text a message quotes is capped ({@link Quoted}); this bounds
   * the whole, whatever a message quotes, so no report grows with a cell's length.
   */
  public static final int MAX_MESSAGE = 1_000;

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    message =
        message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    sheet = sheet == null ? "" : sheet;
    cell = cell == null ? "" : cell;
  }

  /** A finding at one cell. */
  public static Finding at(CellRef where, Severity severity, String code, String message) {
    return new Finding(where.sheet(), where.a1(), severity, code, message);
  }

  /** A finding about the whole workbook, not one cell. */
  public static Finding workbook(Severity severity, String code, String message) {
    return new Finding("", "", severity, code, message);
  }

  /** The cell this finding points at, or null for a workbook-level finding. */
  public @Nullable CellRef cellRef() {
    return cell.isEmpty() ? null : CellRef.parse(sheet, cell);
  }
}
