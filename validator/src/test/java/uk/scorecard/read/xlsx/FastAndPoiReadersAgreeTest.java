package uk.scorecard.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.container.PackageGuard;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.RawCell;
import uk.scorecard.read.grid.Sheets;

/**
 * Reads every .xlsx and .xlsm of {@code ../shared/corpus} twice, through the fast reader and
 * through POI's package reader, and compares what they give cell for cell: the same sheets, and in
 * the rows both read, the same kind, text, number, format and formula flag for every cell. The two
 * must agree, or a workbook would be read differently depending on which path it took. Skipped when
 * the corpus is absent.
 */
class FastAndPoiReadersAgreeTest {

  @TestFactory
  Stream<DynamicTest> theFastReaderReadsWhatPoiReads() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("robustness", "layouts")) {
      Path dir = Path.of(System.getProperty("scorecard.shared", "../../shared"), "corpus", folder);
      Assumptions.assumeTrue(Files.isDirectory(dir), "corpus not present: " + dir);
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().matches("(?i).*\\.xls[xm]$")).sorted().forEach(files::add);
      }
    }
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getFileName().toString(), () -> agree(Files.readAllBytes(f))));
  }

  private static void agree(byte[] bytes) throws Exception {
    Sheets fast;
    try {
      PackageGuard.inspect(bytes);
      // Long sheets are read in full, as one with a table is; only their first rows are compared.
      fast = StreamingXlsx.read(bytes, new Limits(), (firstRows, date1904) -> true);
    } catch (WorkbookRefusedException | RuntimeException e) {
      return; // refused before either reader: nothing to compare
    }
    Sheets poi;
    try {
      poi = XlsxSource.readWithPoi(bytes, new Limits());
    } catch (WorkbookRefusedException e) {
      assertThat(fast)
          .as("POI refuses this package (%s); the fast reader must leave it to POI", e.getMessage())
          .isNull();
      return;
    }
    if (fast == null) {
      return; // unusual: the fast reader leaves it to POI, as it should
    }
    assertThat(names(fast)).as("sheets").isEqualTo(names(poi));
    assertThat(fast.date1904()).as("date system").isEqualTo(poi.date1904());
    for (int i = 0; i < fast.grids().size(); i++) {
      List<String> a = cells(fast.grids().get(i));
      List<String> b = cells(poi.grids().get(i));
      for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
        assertThat(a.get(k))
            .as("cell %d of sheet %s (fast, then POI)", k, fast.grids().get(i).sheet())
            .isEqualTo(b.get(k));
      }
      assertThat(a.size()).as("cells of sheet %s", fast.grids().get(i).sheet()).isEqualTo(b.size());
    }
  }

  private static List<String> names(Sheets s) {
    return s.grids().stream().map(Grid::sheet).toList();
  }

  /** Every cell in the rows the fast reader always reads, as comparable text. */
  private static List<String> cells(Grid g) {
    List<String> out = new ArrayList<>();
    for (int r : g.rowIndices()) {
      if (r >= StreamingXlsx.HEADER_SCAN_ROWS) {
        break;
      }
      for (RawCell c : g.row(r)) {
        String text =
            c.text() == null || c.text().length() < 60
                ? c.text()
                : c.text().substring(0, 20)
                    + "…"
                    + c.text().substring(c.text().length() - 30)
                    + " ("
                    + c.text().length()
                    + ")";
        out.add(
            c.row()
                + ","
                + c.col()
                + " "
                + c.kind()
                + " ["
                + text
                + "] "
                + (c.number() == null ? "" : c.number().toString())
                + " {"
                + c.format()
                + "} "
                + c.formula());
      }
    }
    return out;
  }
}
