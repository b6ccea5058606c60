package uk.scorecard.write.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.model.Column;
import uk.scorecard.model.DirectionPlace;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.rate.RatedIndicator;

/**
 * Every change we will make to the officer's sheets, worked out before any file is touched: cells
 * to write (by sheet, row, column), notes to add, and widths for the columns we add.
 */
public final class Plan {

  /** A note we attach to a cell: the sentence and the rule that said so. */
  public record Note(int row, int col, String text) {}

  private final Map<String, Map<Integer, Map<Integer, CellWrite>>> cells = new LinkedHashMap<>();
  private final Map<String, List<Note>> notes = new LinkedHashMap<>();
  private final Map<String, Map<Integer, Double>> widths = new LinkedHashMap<>();
  private final Map<String, List<CellRangeAddress>> live = new LinkedHashMap<>();
  private final List<RulesSheet.Line> rules = new ArrayList<>();
  private final boolean wantLive;
  private boolean formulas;
  private boolean rulesSheet = true;
  private final DirectionPlace travel;
  private boolean fivePoint;
  private ChecksHeading heading = ChecksHeading.NONE;

  private Plan(boolean live, DirectionPlace travel) {
    this.wantLive = live;
    this.travel = travel;
  }

  /** The plan for these rated indicators and findings, with live RAG colouring if asked. */
  public static Plan of(List<RatedIndicator> rated, List<Finding> findings, boolean live) {
    return of(rated, findings, live, DirectionPlace.COLUMN, live);
  }

  /**
   * The plan for these rated indicators and findings, with live RAG colouring if asked and the
   * direction of travel where the rules file puts it; {@code formulas} makes Change, RAG and
   * Direction live formulas where the engine's answer can be followed (false for .xls, whose writer
   * keeps values).
   */
  public static Plan of(
      List<RatedIndicator> rated,
      List<Finding> findings,
      boolean live,
      DirectionPlace travel,
      boolean formulas) {
    return of(rated, findings, live, travel, formulas, true);
  }

  /**
   * As {@link #of(List, List, boolean, DirectionPlace, boolean)}; without {@code rulesSheet} the
   * live formulas hold their rules as constants and no Rules sheet is planned (the add-in's edit
   * list, for a workbook open in Excel, where the pane adds no Rules sheet).
   */
  public static Plan of(
      List<RatedIndicator> rated,
      List<Finding> findings,
      boolean live,
      DirectionPlace travel,
      boolean formulas,
      boolean rulesSheet) {
    Plan p = new Plan(live, travel);
    p.formulas = formulas && travel == DirectionPlace.COLUMN;
    p.rulesSheet = rulesSheet;
    p.fivePoint = rated.stream().anyMatch(RatedIndicator::fivePoint);
    // A table is its sheet and header row. Keyed by those, not by the Layout record, whose
    // hash runs over every period column for every row (and costs a start-up bootstrap).
    Map<String, List<RatedIndicator>> byTable = new LinkedHashMap<>();
    for (RatedIndicator r : rated) {
      Layout t = r.row().layout();
      byTable.computeIfAbsent(t.sheet() + '\u0000' + t.headerRow(), k -> new ArrayList<>()).add(r);
    }
    byTable.values().forEach(rows -> TablePlan.add(p, rows.get(0).row().layout(), rows));
    for (Finding f : p.shown(findings)) {
      if (f.severity() != Severity.INFO && !f.cell().isEmpty()) {
        var ref = f.cellRef();
        p.notes
            .computeIfAbsent(f.sheet(), k -> new ArrayList<>())
            .add(new Note(ref.row(), ref.col(), f.message() + " [" + f.code() + "]"));
      }
    }
    return p;
  }

  /** Adds one of our columns with its header; a width of 0 hides it. */
  int addColumn(Layout layout, int col, Column c, double width) {
    put(layout.sheet(), CellWrite.header(layout.headerRow(), col, c.header()));
    widths.computeIfAbsent(layout.sheet(), k -> new TreeMap<>()).put(col, width);
    return col;
  }

  void put(String sheet, CellWrite w) {
    cells
        .computeIfAbsent(sheet, k -> new TreeMap<>())
        .computeIfAbsent(w.row(), k -> new TreeMap<>())
        .put(w.col(), w);
  }

  /**
   * The findings the rated workbook shows (notes and the Checks sheet): all but those about what a
   * Change or RAG cell held before we wrote ours over it, which the workbook no longer holds. So a
   * rated workbook rated again shows the same.
   */
  public List<Finding> shown(List<Finding> findings) {
    return findings.stream().filter(f -> f.cell().isEmpty() || !replacesRating(f)).toList();
  }

  /**
   * True when we write a Change or RAG cell over the finding's cell. Read from the cells we write
   * (a Change is the only plain text we write, KEEP), not from a set of keys: a string key a rated
   * row cost a hundred bytes in a table of fifty thousand rows.
   */
  private boolean replacesRating(Finding f) {
    var ref = f.cellRef();
    Map<Integer, CellWrite> row = cells(f.sheet()).get(ref.row());
    CellWrite w = row == null ? null : row.get(ref.col());
    return w != null && (w.look() == CellWrite.Look.KEEP || w.look() == CellWrite.Look.RAG);
  }

  /** Cells to write on a sheet: row, then column, then what to write. */
  public Map<Integer, Map<Integer, CellWrite>> cells(String sheet) {
    return cells.getOrDefault(sheet, Map.of());
  }

  /** Notes to attach on a sheet. */
  public List<Note> notes(String sheet) {
    return notes.getOrDefault(sheet, List.of());
  }

  /** Widths (in characters) for the columns we add on a sheet. */
  public Map<Integer, Double> widths(String sheet) {
    return widths.getOrDefault(sheet, Map.of());
  }

  /**
   * The ratings a live rule is written for: every one, but Amber/Green and Amber/Red only when the
   * workbook is rated on the five-point scale.
   */
  public List<Rating> liveRatings() {
    return java.util.Arrays.stream(Rating.values())
        .filter(r -> fivePoint || !r.fivePoint())
        .toList();
  }

  /** The RAG column ranges on a sheet that get live conditional formatting (--live). */
  public List<CellRangeAddress> live(String sheet) {
    return live.getOrDefault(sheet, List.of());
  }

  /** An empty plan, for one rebuilt from an edit list ({@link Edits}): no live rules. */
  static Plan empty() {
    return new Plan(false, DirectionPlace.COLUMN);
  }

  /** The sheets the plan writes on, in the order their tables and notes came. */
  java.util.Set<String> sheets() {
    java.util.Set<String> out = new java.util.LinkedHashSet<>(cells.keySet());
    out.addAll(notes.keySet());
    return out;
  }

  void add(String sheet, CellWrite w) {
    put(sheet, w);
  }

  void add(String sheet, Note n) {
    notes.computeIfAbsent(sheet, k -> new ArrayList<>()).add(n);
  }

  /** Adds a live colouring range, rebuilt from an edit list; five-point when it colours those. */
  void colour(String sheet, CellRangeAddress range, boolean fivePoint) {
    live.computeIfAbsent(sheet, k -> new ArrayList<>()).add(range);
    this.fivePoint |= fivePoint;
  }

  void width(String sheet, int col, double w) {
    widths.computeIfAbsent(sheet, k -> new TreeMap<>()).put(col, w);
  }

  /** This plan with the lines the Checks sheet opens with (workbook, period, when, marking). */
  public Plan withHeading(ChecksHeading h) {
    this.heading = h == null ? ChecksHeading.NONE : h;
    return this;
  }

  /** The lines the Checks sheet opens with. */
  public ChecksHeading heading() {
    return heading;
  }

  /** The sheets with live RAG ranges, in the order their tables were planned. */
  public java.util.Set<String> liveSheets() {
    return live.keySet();
  }

  /** Where the direction of travel goes. */
  DirectionPlace travel() {
    return travel;
  }

  /** True when the RAG column gets live colouring (--live). */
  boolean wantLive() {
    return wantLive;
  }

  /** True when Change, RAG and Direction become live formulas where they can be followed. */
  boolean formulas() {
    return formulas;
  }

  /** True when live formulas may read their rules from a Rules sheet. */
  boolean rulesSheet() {
    return rulesSheet;
  }

  /** Takes over another plan's Rules sheet lines (a plan rebuilt from its edit list). */
  void rulesFrom(Plan other) {
    rules.addAll(other.rules);
  }

  /** Adds a line to the Rules sheet; its index, by which formulas read it. */
  int addRule(RulesSheet.Line line) {
    rules.add(line);
    return rules.size() - 1;
  }

  /** The Rules sheet's lines (rate --live), one per rating formula that reads it; may be empty. */
  public List<RulesSheet.Line> rules() {
    return java.util.Collections.unmodifiableList(rules);
  }

  /**
   * Puts the Rules sheet's name, once the package says which it is, into the formulas; the notes
   * planned on it go (it is written whole, without them: its findings are on the Checks sheet).
   */
  public void nameRules(String sheet) {
    notes.remove(sheet);
    for (var rows : cells.values()) {
      for (var row : rows.values()) {
        row.replaceAll(
            (c, w) -> w.formula() == null ? w : w.live(RulesSheet.named(w.formula(), sheet)));
      }
    }
  }

  /** True when anything changes on the sheet. */
  public boolean touches(String sheet) {
    return cells.containsKey(sheet) || notes.containsKey(sheet);
  }
}
