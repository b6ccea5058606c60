package uk.scorecard.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An immutable cell position on a named sheet; rows and columns are zero-based, A1 form for people.
 */
public record CellRef(String sheet, int row, int col) {

  public CellRef {
    Objects.requireNonNull(sheet, "sheet");
    if (row < 0 || col < 0) {
      throw new IllegalArgumentException("negative cell position: " + row + "," + col);
    }
  }

  /** The cell's address without the sheet, such as {@code C7}. */
  public String a1() {
    return columnName(col) + (row + 1);
  }

  /** The A1 address of a zero-based row and column: (6, 2) is C7. */
  public static String a1(int row, int col) {
    return columnName(col) + (row + 1);
  }

  /** The spreadsheet column letters for a zero-based index: 0 is A, 26 is AA. */
  public static String columnName(int col) {
    StringBuilder sb = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /**
   * The zero-based column of an A1 address such as {@code AB12} or {@code $AB$12}, or -1 when it
   * does not start with one to three column letters. A plain loop: it runs for every cell of a
   * sheet.
   */
  public static int columnOf(String a1) {
    int i = a1.startsWith("$") ? 1 : 0;
    int col = 0;
    int start = i;
    for (; i < a1.length(); i++) {
      char ch = a1.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
    }
    return i == start || i - start > 3 ? -1 : col - 1;
  }

  /** The zero-based row of an A1 address ({@code AB12} is 11), or -1 when it has no row. */
  public static int rowOf(String a1) {
    int i = a1.length();
    while (i > 0 && Character.isDigit(a1.charAt(i - 1))) {
      i--;
    }
    if (i == a1.length() || a1.length() - i > 7) {
      return -1;
    }
    return Integer.parseInt(a1, i, a1.length(), 10) - 1;
  }

  /** Parses an A1 address such as {@code AB12} on the given sheet. */
  public static CellRef parse(String sheet, String a1) {
    int i = 0;
    int col = 0;
    while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
      col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
      i++;
    }
    if (i == 0 || i == a1.length()) {
      throw new IllegalArgumentException("not a cell address: " + a1);
    }
    return new CellRef(sheet, Integer.parseInt(a1.substring(i)) - 1, col - 1);
  }

  // Written out: a record's own equals and hashCode are bootstrapped through
  // java.lang.runtime.ObjectMethods on first use, some 80 classes a short run need not load, and
  // the checks keep the cells in error in a hash set.
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CellRef c && row == c.row && col == c.col && sheet.equals(c.sheet);
  }

  @Override
  public int hashCode() {
    return (sheet.hashCode() * 31 + row) * 31 + col;
  }

  @Override
  public String toString() {
    return sheet + "!" + a1();
  }
}
