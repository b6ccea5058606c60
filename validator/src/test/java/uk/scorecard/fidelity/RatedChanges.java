package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * What a rating was meant to change, worked out from its report: the sheets holding rated
 * indicators or noted cells, their Change/RAG/Caveat columns and the noted cells. Everything else
 * must come back as it was.
 */
final class RatedChanges {

  /** A cache Excel rebuilds; dropped when we overwrite a formula cell. */
  static final String CALC_CHAIN = "xl/calcChain.xml";

  private RatedChanges() {}

  /** Sheets the report says we wrote to: rated indicators and cells with a note. */
  static Set<String> sheets(Report report) {
    Set<String> out = new LinkedHashSet<>();
    report.indicators().forEach(i -> out.add(i.sheet()));
    for (Finding f : report.findings()) {
      if (noted(f)) {
        out.add(f.sheet());
      }
    }
    return out;
  }

  /** Parts that may change: workbook-level parts, the written sheets, notes and their drawings. */
  static Set<String> mayChange(byte[] original, Report report) {
    Set<String> may = new HashSet<>(PackageComparison.WORKBOOK_PARTS);
    for (String sheet : sheets(report)) {
      may.addAll(PackageComparison.sheetParts(PackageComparison.sheetPart(original, sheet)));
    }
    PackageComparison.parts(original).keySet().stream()
        .filter(p -> p.matches("xl/comments\\d+\\.xml|xl/drawings/vmlDrawing\\d+\\.vml"))
        .forEach(may::add);
    return may;
  }

  /** The rating columns of every sheet with rated indicators, and every noted cell. */
  static Touched cells(byte[] rated, Report report) {
    Touched t = Touched.nothing();
    for (Finding f : report.findings()) {
      if (noted(f)) {
        t = t.or(Touched.cells(f.sheet(), f.cell()));
      }
    }
    Set<String> ratedSheets = new LinkedHashSet<>();
    report.indicators().stream().map(IndicatorResult::sheet).forEach(ratedSheets::add);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      for (String name : ratedSheets) {
        t = t.or(ratingColumns(wb.getSheet(name), name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /** Whether rating gave this finding a note on its cell. */
  static boolean noted(Finding f) {
    return !f.cell().isEmpty() && f.severity() != Severity.INFO;
  }

  /** The Change, RAG and Caveat columns of a rated sheet, found by their headers. */
  private static Touched ratingColumns(Sheet s, String name) {
    Set<Integer> cols = new HashSet<>();
    for (Row row : s) {
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING
            && c.getStringCellValue().strip().matches("(?i)Change|RAG|Caveats?")) {
          cols.add(c.getColumnIndex());
        }
      }
    }
    return Touched.columns(name, cols.stream().mapToInt(Integer::intValue).toArray());
  }
}
