package uk.scorecard.property;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import uk.scorecard.model.Finding;
import uk.scorecard.property.Spec.Indicator;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * What rating a generated scorecard should give, held against what it gave: which rows it must
 * account for, which cells it owns, and the oracle's rating and Change for each indicator.
 */
final class Expected {

  /** The Change words we write; an officer's text in them is ours to replace. */
  private static final Set<String> OUR_CHANGES = Set.of("Up 3pp", "No change");

  private final SpecWorkbook.Built built;
  private final Report report;
  private final Map<Integer, IndicatorResult> rated = new HashMap<>();

  Expected(SpecWorkbook.Built built, Report report) {
    this.built = built;
    this.report = report;
    report.indicators().stream()
        .filter(i -> i.sheet().equals(built.sheet()))
        .forEach(i -> rated.put(i.row() - 1, i));
  }

  /** Invariant 3: indicator rows neither rated nor listed as not read, and rows rated wrongly. */
  List<String> unaccounted() {
    List<String> out = new ArrayList<>();
    built
        .indicators()
        .forEach(
            (r, ind) -> {
              IndicatorResult res = rated.get(r);
              String idCell = new CellAddress(r, built.cols().id()).formatAsString();
              if (res != null && !(res.id().equals(ind.id()) && res.title().equals(ind.title()))) {
                out.add(
                    ind.id() + " at row " + (r + 1) + " read as " + res.id() + " / " + res.title());
              } else if (res == null
                  && report.findings().stream().noneMatch(f -> notRead(f, idCell))) {
                out.add(ind.id() + " at row " + (r + 1) + " is missing from the report");
              }
            });
    rated.keySet().stream()
        .filter(r -> !built.indicators().containsKey(r))
        .forEach(r -> out.add("row " + (r + 1) + " was rated but is no indicator"));
    return out;
  }

  private boolean notRead(Finding f, String idCell) {
    return f.code().equals("row-not-read")
        && f.sheet().equals(built.sheet())
        && f.cell().equals(idCell);
  }

  /**
   * The cells rating may change: each rated row's Change and RAG cells unless the officer's text
   * there is not in our words, its Caveat cell, and the header cells of the columns it adds.
   */
  Set<CellAddress> owned() {
    Columns c = built.cols();
    Set<CellAddress> out = new HashSet<>();
    int h = built.headerRow();
    if (c.change() < 0) {
      out.add(new CellAddress(h, c.ratedChange()));
    }
    if (c.rag() < 0) {
      out.add(new CellAddress(h, c.ratedRag()));
    }
    if (c.ratedDirection() >= 0) {
      out.add(new CellAddress(h, c.ratedDirection()));
      rated.keySet().forEach(r -> out.add(new CellAddress(r, c.ratedDirection())));
    }
    if (c.caveat() < 0 && !c.caveatsInNotes()) {
      out.add(new CellAddress(h, c.ratedCaveat()));
    }
    rated.forEach(
        (r, res) -> {
          Indicator ind = built.indicators().get(r);
          if (ind != null && oursChange(ind)) {
            out.add(new CellAddress(r, c.ratedChange()));
          }
          if (ind != null && ind.officerRag().ours) {
            out.add(new CellAddress(r, c.ratedRag()));
          }
          out.add(new CellAddress(r, c.ratedCaveat()));
        });
    return out;
  }

  /** Invariant 2, in the cells we own: the officer's caveat leads, the added headers are ours. */
  List<String> caveatsKept(Sheet sheet) {
    List<String> out = new ArrayList<>();
    Columns c = built.cols();
    int h = built.headerRow();
    header(sheet, h, c.change() < 0 ? c.ratedChange() : -1, "Change", out);
    header(sheet, h, c.rag() < 0 ? c.ratedRag() : -1, "RAG", out);
    header(sheet, h, c.ratedDirection(), "Direction of travel", out);
    header(sheet, h, c.caveat() < 0 && !c.caveatsInNotes() ? c.ratedCaveat() : -1, "Caveat", out);
    rated.forEach(
        (r, res) -> {
          Indicator ind = built.indicators().get(r);
          String officers =
              ind == null
                  ? null
                  : c.caveat() >= 0
                      ? ind.officerCaveat()
                      : c.caveatsInNotes() && ind.extrasFilled() ? SpecWorkbook.NOTES_TEXT : null;
          String now = text(sheet, r, c.ratedCaveat());
          if (officers != null && !(now.equals(officers) || now.startsWith(officers + "\n"))) {
            out.add(at(r, c.ratedCaveat()) + " was '" + officers + "', now '" + now + "'");
          }
        });
    return out;
  }

  private static void header(Sheet sheet, int h, int col, String word, List<String> out) {
    if (col >= 0 && !text(sheet, h, col).equals(word)) {
      out.add(
          at(h, col) + " should head the added " + word + " column: '" + text(sheet, h, col) + "'");
    }
  }

  /** Invariant 4: each indicator's rating and Change, in the report and in the cells we own. */
  List<String> againstOracle(Sheet sheet) {
    List<String> out = new ArrayList<>();
    Columns c = built.cols();
    rated.forEach(
        (r, res) -> {
          Indicator ind = built.indicators().get(r);
          if (ind == null) {
            return;
          }
          String rating = Oracle.rating(ind).word();
          String change = Oracle.change(ind);
          if (!res.rating().word().equals(rating) || !res.change().equals(change)) {
            out.add(
                ind.id()
                    + ": rated "
                    + res.rating().word()
                    + " / '"
                    + res.change()
                    + "', the oracle says "
                    + rating
                    + " / '"
                    + change
                    + "' for "
                    + ind);
          }
          if (ind.officerRag().ours && !text(sheet, r, c.ratedRag()).equals(res.rating().word())) {
            out.add(at(r, c.ratedRag()) + " holds '" + text(sheet, r, c.ratedRag()) + "'");
          }
          String travel = Oracle.direction(ind);
          if (c.ratedDirection() >= 0 && !text(sheet, r, c.ratedDirection()).equals(travel)) {
            out.add(
                at(r, c.ratedDirection())
                    + " holds '"
                    + text(sheet, r, c.ratedDirection())
                    + "', the oracle says '"
                    + travel
                    + "' for "
                    + ind);
          }
          if (oursChange(ind) && !text(sheet, r, c.ratedChange()).equals(res.change())) {
            out.add(at(r, c.ratedChange()) + " holds '" + text(sheet, r, c.ratedChange()) + "'");
          }
        });
    return out;
  }

  private static boolean oursChange(Indicator ind) {
    return ind.officerChange() == null || OUR_CHANGES.contains(ind.officerChange());
  }

  private static String at(int r, int c) {
    return new CellAddress(r, c).formatAsString();
  }

  /** A cell's text; empty for a missing or blank cell. */
  static String text(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    if (cell == null) {
      return "";
    }
    CellType t =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return t == CellType.STRING
        ? cell.getStringCellValue()
        : t == CellType.BLANK ? "" : OfficerCells.value(cell, t);
  }
}
