package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Report;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;

/**
 * For every named fixture: rating changes only the parts and cells we meant to, rating the rated
 * workbook changes nothing, and LibreOffice opens the result.
 */
class RoundTripTest {

  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> untouchedPartsAndCellsSurvive() {
    return each((name, original) -> {
      Rated rated = scorecard.rate(new Input(name + ".xlsx", original), Options.DEFAULT);
      assertThat(PackageComparison.compare(original, rated.bytes(), mayChange(original)))
          .as("parts of %s we did not mean to change", name).isEmpty();
      Touched touched = ratingColumns(rated.bytes()).or(notedCells(rated.report()));
      assertThat(CellComparison.compare(original, rated.bytes(), touched))
          .as("cells of %s we did not mean to change", name).isEmpty();
    });
  }

  @TestFactory
  Stream<DynamicTest> ratingARatedWorkbookChangesNothing() {
    return each((name, original) -> {
      byte[] once = rate(name, original);
      byte[] twice = rate(name, once);
      Map<String, byte[]> a = PackageComparison.parts(once);
      Map<String, byte[]> b = PackageComparison.parts(twice);
      assertThat(b.keySet()).as("parts after a second run").isEqualTo(a.keySet());
      for (String part : a.keySet()) {
        assertThat(b.get(part)).as("%s: %s", part, PackageComparison.firstChange(a.get(part),
            b.get(part))).isEqualTo(a.get(part));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> libreOfficeOpensTheRatedWorkbook() {
    return each((name, original) -> {
      LibreOffice.requireInstalled();
      LibreOffice.Conversion c = LibreOffice.toPdf(rate(name, original), name + "-rated.xlsx");
      assertThat(c.converted()).as("LibreOffice log: %s", c.log()).isTrue();
    });
  }

  private byte[] rate(String name, byte[] bytes) throws Exception {
    return scorecard.rate(new Input(name + ".xlsx", bytes), Options.DEFAULT).bytes();
  }

  /** The workbook-level parts, the rated sheet and its relationships; new parts are allowed. */
  private static Set<String> mayChange(byte[] original) {
    Set<String> may = new HashSet<>(PackageComparison.WORKBOOK_PARTS);
    if (PackageComparison.parts(original).containsKey("xl/worksheets/sheet1.xml")
        && hasScorecardSheet(original)) {
      may.addAll(PackageComparison.sheetParts(PackageComparison.sheetPart(original, "Scorecard")));
    }
    PackageComparison.parts(original).keySet().stream()
        .filter(p -> p.matches("xl/comments\\d+\\.xml|xl/drawings/vmlDrawing\\d+\\.vml"))
        .forEach(may::add);
    return may;
  }

  /** Cells that get a note: a finding there is something we meant to mark. */
  private static Touched notedCells(Report report) {
    Touched t = Touched.nothing();
    for (Finding f : report.findings()) {
      if (!f.cell().isEmpty() && f.severity() != Severity.INFO) {
        t = t.or(Touched.cells(f.sheet(), f.cell()));
      }
    }
    return t;
  }

  private static boolean hasScorecardSheet(byte[] workbook) {
    return new String(PackageComparison.parts(workbook).get("xl/workbook.xml"),
        java.nio.charset.StandardCharsets.UTF_8).contains("name=\"Scorecard\"");
  }

  /** The Change, RAG and Caveat columns of the rated Scorecard sheet, found by their headers. */
  private static Touched ratingColumns(byte[] rated) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      Sheet s = wb.getSheet("Scorecard");
      if (s == null) {
        return Touched.nothing();
      }
      Set<Integer> cols = new HashSet<>();
      for (Row row : s) {
        for (Cell c : row) {
          if (c.toString().matches("Change|RAG|Caveat")) {
            cols.add(c.getColumnIndex());
          }
        }
      }
      return Touched.columns("Scorecard", cols.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  private interface Check {
    void run(String name, byte[] original) throws Exception;
  }

  private static Stream<DynamicTest> each(Check check) {
    return Scorecards.all().entrySet().stream().map(e -> {
      Supplier<byte[]> fixture = e.getValue();
      return DynamicTest.dynamicTest(e.getKey(), () -> check.run(e.getKey(), fixture.get()));
    });
  }
}
