package uk.scorecard.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
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

  /**
   * Headers of the columns rating writes: Change, a RAG and a caveat by any of their names, and the
   * direction of travel, and the hidden helper columns of --live.
   */
  private static final String WRITTEN_HEADERS =
      "(?i)Change|B?RAG|RAG rating|Rating|Status"
          + "|(Data )?caveats?|Comments?|(Management |Performance )?commentary|Notes?"
          + "|Direction of travel|DoT|(Latest|Previous) figure \\(helper\\)";

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

  /**
   * Parts that may change: workbook-level parts, the written sheets, and those sheets' notes and
   * their VML drawings, found through each sheet's relationships whatever the writer named them.
   */
  static Set<String> mayChange(byte[] original, Report report) {
    Set<String> may = new HashSet<>(PackageComparison.WORKBOOK_PARTS);
    Map<String, byte[]> parts = PackageComparison.parts(original);
    for (String sheet : sheets(report)) {
      String part = PackageXml.sheetPart(parts, sheet);
      PackageComparison.sheetParts(part).forEach(p -> may.add(PackageXml.storedName(parts, p)));
      may.addAll(PackageXml.related(parts, part, "comments"));
      may.addAll(PackageXml.related(parts, part, "vmlDrawing"));
    }
    return may;
  }

  /**
   * The rating columns of every sheet with rated indicators, and every noted cell. A cell of a
   * rating column is ours only where the officer left it to us: its column already had a rating
   * header (Change, RAG, a caveat column) in the original, or the cell was empty there and not the
   * hidden part of a merge. So a column the tool heads over the officer's figures does not excuse
   * overwriting them.
   */
  static Touched cells(byte[] original, byte[] rated, Report report) {
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
    try (Workbook before = Opened.open(original);
        Workbook after = Opened.open(rated)) {
      for (var e : lastRow.entrySet()) {
        String name = e.getKey();
        Headed ours = headed(after.getSheet(name), e.getValue());
        Sheet officer = before.getSheet(name);
        Set<Integer> officersOwn = headed(officer, e.getValue()).cols();
        List<CellRangeAddress> merges = officer.getMergedRegions();
        Touched block =
            Touched.block(
                name,
                ours.first(),
                e.getValue(),
                ours.cols().stream().mapToInt(Integer::intValue).toArray());
        t =
            t.or(
                (sheet, row, col) ->
                    block.contains(sheet, row, col)
                        && (officersOwn.contains(col) || leftEmpty(officer, merges, row, col)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return t;
  }

  /** Whether the officer left this cell empty, and it is not hidden under another's merge. */
  private static boolean leftEmpty(Sheet s, List<CellRangeAddress> merges, int row, int col) {
    Row r = s.getRow(row);
    Cell c = r == null ? null : r.getCell(col);
    boolean empty =
        c == null
            || c.getCellType() == CellType.BLANK
            || (c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty());
    return empty
        && merges.stream()
            .noneMatch(
                m ->
                    m.isInRange(row, col) && (m.getFirstRow() != row || m.getFirstColumn() != col));
  }

  /** Whether rating gave this finding a note on its cell. */
  static boolean noted(Finding f) {
    return !f.cell().isEmpty() && f.severity() != Severity.INFO;
  }

  /** The columns headed Change, RAG or Caveat down to lastRow, and the first row heading one. */
  private record Headed(int first, Set<Integer> cols) {}

  /**
   * The Change, RAG and Caveat columns of a sheet, found by their headers, from the header row down
   * to the last rated indicator: the rest of those columns must stay as it was.
   */
  private static Headed headed(Sheet s, int lastRow) {
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
    return new Headed(first, cols);
  }
}
