package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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

  /** Excel's cache of formula cells: kept, as we never overwrite a formula. */
  static final String CALC_CHAIN = "xl/calcChain.xml";

  /** Headers of the columns rating writes: Change, a RAG and a caveat by any of their names. */
  private static final String WRITTEN_HEADERS = "(?i)Change|B?RAG|RAG rating|Rating|Status"
      + "|(Data )?caveats?|Comments?|(Management |Performance )?commentary|Notes?";

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
    Map<String, byte[]> parts = PackageComparison.parts(original);
    for (String sheet : sheets(report)) {
      String part = PackageComparison.sheetPart(original, sheet);
      may.addAll(PackageComparison.sheetParts(part));
      // Notes and their drawing, found through the sheet's relationships whatever their names.
      may.addAll(PackageXml.related(parts, part, "comments"));
      may.addAll(PackageXml.related(parts, part, "vmlDrawing"));
    }
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
    Map<String, Integer> lastRow = new LinkedHashMap<>();
    for (IndicatorResult i : report.indicators()) {
      lastRow.merge(i.sheet(), i.row() - 1, Math::max);
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      for (var e : lastRow.entrySet()) {
        t = t.or(ratingColumns(wb.getSheet(e.getKey()), e.getKey(), e.getValue()));
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

  /**
   * The Change, RAG and Caveat columns of a rated sheet, found by their headers, from the header
   * row down to the last rated indicator: the rest of those columns must stay as it was.
   */
  private static Touched ratingColumns(Sheet s, String name, int lastRow) {
    Set<Integer> cols = new HashSet<>();
    int first = Integer.MAX_VALUE;
    for (Row row : s) {
      if (row.getRowNum() > lastRow) {
        break;
      }
      for (Cell c : row) {
        if (c.getCellType() == CellType.STRING
            && c.getStringCellValue().strip().matches(WRITTEN_HEADERS)) {
          cols.add(c.getColumnIndex());
          first = Math.min(first, row.getRowNum());
        }
      }
    }
    return Touched.block(name, first, lastRow, cols.stream().mapToInt(Integer::intValue).toArray());
  }
}
