package uk.scorecard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the workbooks of issue 23's "memory per cell": one scorecard table of about 870,000 cells
 * (about 4 MB, as the issue's) and one of a million cells, the most a workbook may hold. Usage:
 * {@code java -cp benchmarks.jar uk.scorecard.bench.TableWorkbooks [folder [cells]]}.
 */
public final class TableWorkbooks {

  /** The issue's workbook: 870,000 cells. */
  public static final int ISSUE_CELLS = 870_000;

  /** The cell limit of one workbook (the reader's Limits.MAX_CELLS). */
  public static final int MILLION = 1_000_000;

  private TableWorkbooks() {}

  /**
   * Writes cells-870k.xlsx and cells-1m.xlsx into a folder, or with a second argument one workbook
   * of that many cells (cells-N.xlsx), and prints their sizes.
   */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
    Path[] written =
        args.length > 1
            ? new Path[] {write(dir, "cells-" + args[1] + ".xlsx", Integer.parseInt(args[1]))}
            : new Path[] {
              write(dir, "cells-870k.xlsx", ISSUE_CELLS), write(dir, "cells-1m.xlsx", MILLION)
            };
    for (Path p : written) {
      System.out.printf("%s %,d bytes%n", p, Files.size(p));
    }
  }

  private static Path write(Path dir, String name, int cells) throws IOException {
    return BenchWorkbooks.writeTable(dir.resolve(name), cells);
  }
}
