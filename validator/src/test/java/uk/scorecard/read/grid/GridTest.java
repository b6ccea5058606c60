package uk.scorecard.read.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The compact grid answers as a map of maps of cells did: cells in any order, a later cell
 * replacing an earlier one at the same place, empty cells left out, every kind of value kept.
 */
final class GridTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void answersAsAMapOfMapsWouldForCellsInAnyOrder(long seed) {
    Random random = new Random(seed);
    Grid grid = new Grid("S");
    Map<Integer, Map<Integer, RawCell>> expected = new TreeMap<>();
    Map<Long, Integer> placedAt = new java.util.HashMap<>(); // when the expected cell came
    List<int[]> pending = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) { // more than two chunks of CellArrays
      int row = random.nextInt(seed % 2 == 0 ? 40 : 2_000);
      int col = random.nextInt(30);
      RawCell c = cell(random, row, col);
      if (random.nextInt(8) == 0) {
        // A shared-string cell: its place now, its text (maybe blank) at the end.
        pending.add(new int[] {grid.putPending(row, col, "@", false), row, col, i});
        continue;
      }
      grid.put(c);
      if (!c.isEmpty()) {
        expected.computeIfAbsent(row, r -> new TreeMap<>()).put(col, c);
        placedAt.put(place(row, col), i);
      }
    }
    for (int[] p : pending) {
      String text = p[3] % 3 == 0 ? " " : "shared " + p[3];
      grid.resolve(p[0], text);
      // It replaces what came before it at its place, not what came after.
      if (!text.isBlank() && placedAt.getOrDefault(place(p[1], p[2]), -1) < p[3]) {
        expected
            .computeIfAbsent(p[1], r -> new TreeMap<>())
            .put(p[2], new RawCell(p[1], p[2], RawCell.Kind.TEXT, text, null, "@", false));
        placedAt.put(place(p[1], p[2]), p[3]);
      }
    }

    assertThat(grid.rowIndices()).containsExactlyElementsOf(expected.keySet());
    for (int row : expected.keySet()) {
      assertThat(grid.row(row)).containsExactlyElementsOf(expected.get(row).values());
    }
    for (int row = 0; row < 2_000; row++) {
      for (int col = 0; col < 30; col++) {
        assertThat(grid.get(row, col)).isEqualTo(expected.getOrDefault(row, Map.of()).get(col));
      }
    }
  }

  @Test
  void numbersOfEveryScaleAndSizeComeBackExactly() {
    Grid grid = new Grid("S");
    String[] numbers = {
      "0",
      "-0.5",
      "123456789012345",
      "1E+400",
      "0.000001",
      "1" + "0".repeat(40),
      "-9223372036854775809",
      "1E-200"
    };
    for (int i = 0; i < numbers.length; i++) {
      grid.put(
          new RawCell(
              0, i, RawCell.Kind.NUMBER, null, new BigDecimal(numbers[i]), "0.0", i % 2 == 0));
    }
    grid.putNumber(1, 0, RawCell.Kind.DATE, 43_617, (byte) 0, "mmm-yy", false);

    for (int i = 0; i < numbers.length; i++) {
      RawCell c = grid.get(0, i);
      assertThat(c.number()).isEqualTo(new BigDecimal(numbers[i])); // scale included
      assertThat(c.format()).isEqualTo("0.0");
      assertThat(c.formula()).isEqualTo(i % 2 == 0);
    }
    assertThat(grid.get(1, 0))
        .isEqualTo(
            new RawCell(
                1, 0, RawCell.Kind.DATE, null, BigDecimal.valueOf(43_617), "mmm-yy", false));
    assertThat(grid.cellCount()).isEqualTo(numbers.length + 1);
  }

  @Test
  void aFormulasBlankSharedStringIsKeptAsAPlainBlankOneIsNot() {
    Grid grid = new Grid("S");
    int formula = grid.putPending(0, 0, null, true);
    int plain = grid.putPending(0, 1, null, false);
    int missing = grid.putPending(0, 2, null, true);
    grid.resolve(formula, " ");
    grid.resolve(plain, " ");
    grid.resolve(missing, null);

    assertThat(grid.get(0, 0))
        .isEqualTo(new RawCell(0, 0, RawCell.Kind.TEXT, " ", null, null, true));
    assertThat(grid.get(0, 1)).isNull();
    assertThat(grid.get(0, 2))
        .isEqualTo(new RawCell(0, 2, RawCell.Kind.TEXT, "", null, null, true));
    assertThat(grid.cellCount()).isEqualTo(2);
  }

  private static long place(int row, int col) {
    return (long) row << 32 | col;
  }

  private static RawCell cell(Random random, int row, int col) {
    String fmt = random.nextBoolean() ? null : "0.0%";
    return switch (random.nextInt(5)) {
      case 0 ->
          new RawCell(
              row,
              col,
              RawCell.Kind.NUMBER,
              null,
              BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4)),
              fmt,
              false);
      case 1 ->
          new RawCell(
              row,
              col,
              RawCell.Kind.TEXT,
              "t" + random.nextInt(50),
              null,
              fmt,
              random.nextBoolean());
      case 2 -> new RawCell(row, col, RawCell.Kind.TEXT, "  ", null, fmt, false);
      case 3 -> new RawCell(row, col, RawCell.Kind.ERROR, "#N/A", null, null, true);
      default -> new RawCell(row, col, RawCell.Kind.BLANK, "", null, fmt, false);
    };
  }
}
