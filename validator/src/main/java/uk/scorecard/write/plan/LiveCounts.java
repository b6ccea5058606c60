package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.model.Rating;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.ChecksContent.Cell;

/**
 * The Checks sheet's count of each rating as a formula (rate --live): COUNTIF over the RAG cells we
 * write, so the counts follow the RAG formulas as an officer types. Only when those cells hold
 * every indicator's rating (none is the officer's own), so the formula counts what we count;
 * otherwise the counts stay values.
 */
public final class LiveCounts {

  private LiveCounts() {}

  /** The Checks rows with the Summary's rating counts made formulas where they can be. */
  public static List<List<Cell>> apply(List<List<Cell>> rows, Plan plan, Report report) {
    if (plan.liveSheets().isEmpty() || !countsAgree(plan, report)) {
      return rows;
    }
    List<List<Cell>> out = new ArrayList<>(rows.size());
    boolean summary = false;
    for (List<Cell> row : rows) {
      if (!row.isEmpty() && row.get(0).look() == ChecksContent.Look.HEADING) {
        // Counts come only under the Summary heading, up to the next heading.
        summary = ChecksContent.SUMMARY.equals(row.get(0).text());
      }
      if (summary && row.size() == 2 && row.get(0).rating() != null) {
        Rating r = row.get(0).rating();
        out.add(List.of(row.get(0), row.get(1).withFormula(countIf(plan, r))));
      } else {
        out.add(row);
      }
    }
    return out;
  }

  /**
   * True when the RAG cells we write hold, rating by rating, what the report counts, each as its
   * bare word (not "Green ▲ improving", which a COUNTIF of "Green" would miss).
   */
  private static boolean countsAgree(Plan plan, Report report) {
    Map<Rating, Long> written = new EnumMap<>(Rating.class);
    for (String sheet : plan.liveSheets()) {
      for (CellRangeAddress range : plan.live(sheet)) {
        for (int row = range.getFirstRow(); row <= range.getLastRow(); row++) {
          var cells = plan.cells(sheet).get(row);
          CellWrite w = cells == null ? null : cells.get(range.getFirstColumn());
          if (w != null && w.look() == CellWrite.Look.RAG && w.rating() != null) {
            if (!w.text().equals(w.rating().word())) {
              return false;
            }
            written.merge(w.rating(), 1L, Long::sum);
          }
        }
      }
    }
    for (Rating r : Rating.values()) {
      if (written.getOrDefault(r, 0L) != report.count(r)) {
        return false;
      }
    }
    return true;
  }

  /** {@code COUNTIF('Scorecard'!$M$5:$M$15,"Green")+...}, one COUNTIF per live RAG range. */
  private static String countIf(Plan plan, Rating r) {
    StringBuilder f = new StringBuilder();
    for (String sheet : plan.liveSheets()) {
      for (CellRangeAddress range : plan.live(sheet)) {
        f.append(f.length() == 0 ? "" : "+")
            .append("COUNTIF('")
            .append(sheet.replace("'", "''"))
            .append("'!")
            .append(absolute(range))
            .append(",\"")
            .append(r.word())
            .append("\")");
      }
    }
    return f.toString();
  }

  private static String absolute(CellRangeAddress range) {
    CellRangeAddress copy = range.copy();
    return new org.apache.poi.ss.util.CellReference(
                copy.getFirstRow(), copy.getFirstColumn(), true, true)
            .formatAsString()
        + ":"
        + new org.apache.poi.ss.util.CellReference(
                copy.getLastRow(), copy.getLastColumn(), true, true)
            .formatAsString();
  }
}
