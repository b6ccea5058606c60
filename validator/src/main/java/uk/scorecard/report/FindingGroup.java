package uk.scorecard.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

/**
 * Findings that say the same thing (severity, rule, sheet and message) about several cells, shown
 * as one line so a reader sees the signal first: {@code G5:G41 (37 cells)} when the cells run down
 * one column without a gap, else the first few and a count ({@code G5, H9, J12, … (7 cells)}). A
 * group of one is the finding as it was.
 */
public record FindingGroup(List<Finding> findings) {

  /** Cells listed by name before the rest are only counted. */
  static final int LISTED = 3;

  public FindingGroup {
    findings = List.copyOf(findings);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a group holds at least one finding");
    }
  }

  /**
   * The findings ordered errors, then warnings, then info (found order kept within each), with
   * those that say the same thing about different cells gathered into one group at the first.
   */
  public static List<FindingGroup> of(List<Finding> findings) {
    Map<Object, List<Finding>> groups = new LinkedHashMap<>();
    List<Finding> sorted =
        findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
    for (Finding f : sorted) {
      // A workbook-level finding has no cell to gather; each stays a line of its own.
      Object key =
          f.cell().isEmpty()
              ? new Object()
              : List.of(f.severity(), f.code(), f.sheet(), f.message());
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    return groups.values().stream().map(FindingGroup::new).toList();
  }

  /** The first finding: its sheet, severity, rule and message are the group's. */
  public Finding first() {
    return findings.get(0);
  }

  /** How many findings (cells) the group holds. */
  public int size() {
    return findings.size();
  }

  /** The group's severity. */
  public Severity severity() {
    return first().severity();
  }

  /**
   * The cells without the sheet: {@code C7} for one, {@code G5:G41 (37 cells)} for a run down one
   * column, {@code G5, H9, J12, … (7 cells)} otherwise; empty for the workbook as a whole.
   */
  public String cells() {
    if (findings.size() == 1) {
      return first().cell();
    }
    String count = " (" + findings.size() + " cells)";
    List<Finding> byRow =
        findings.stream().sorted(Comparator.comparingInt(f -> CellRef.rowOf(f.cell()))).toList();
    if (runsDownOneColumn(byRow)) {
      return byRow.get(0).cell() + ":" + byRow.get(byRow.size() - 1).cell() + count;
    }
    List<String> names = findings.stream().limit(LISTED).map(Finding::cell).toList();
    return String.join(", ", names) + (findings.size() > LISTED ? ", …" : "") + count;
  }

  /** {@code Sheet!cells} as {@link TextReport#cell} quotes the sheet; empty for the workbook. */
  public String where() {
    return first().cell().isEmpty() ? "" : TextReport.sheet(first().sheet()) + "!" + cells();
  }

  /** True when the cells, sorted by row, are one column's consecutive rows. */
  private static boolean runsDownOneColumn(List<Finding> byRow) {
    int col = CellRef.columnOf(byRow.get(0).cell());
    int row = CellRef.rowOf(byRow.get(0).cell());
    for (int i = 1; i < byRow.size(); i++) {
      String a1 = byRow.get(i).cell();
      if (col < 0 || CellRef.columnOf(a1) != col || CellRef.rowOf(a1) != row + i) {
        return false;
      }
    }
    return true;
  }
}
