package uk.scorecard.fidelity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;

/**
 * Compares what a sheet holds besides cell values: merges, rules, comments, links, panes, sizes.
 */
final class SheetFeatures {
  private static final int MAX_COLUMNS = 16_384;

  private SheetFeatures() {}

  /** Adds the differences between sheet a (original) and b (rewritten) to out. */
  static void compare(String name, Sheet a, Sheet b, Touched touched, List<Difference> out) {
    lostAndGained(name, "merged region", merges(a), merges(b), out);
    lostAndGained(
        name,
        "conditional format",
        theirs(name, conditionalFormats(a), touched),
        theirs(name, conditionalFormats(b), touched),
        out);
    lostAndGained(name, "data validation", validations(a), validations(b), out);
    same(name, "pane", pane(a), pane(b), out);
    same(name, "protected", a.getProtect(), b.getProtect(), out);
    same(name, "right-to-left", a.isRightToLeft(), b.isRightToLeft(), out);
    same(name, "gridlines shown", a.isDisplayGridlines(), b.isDisplayGridlines(), out);
    same(name, "default column width", a.getDefaultColumnWidth(), b.getDefaultColumnWidth(), out);
    same(name, "default row height", a.getDefaultRowHeight(), b.getDefaultRowHeight(), out);
    columns(name, a, b, touched, out);
    rows(name, a, b, touched, out);
    comments(name, a, b, touched, out);
  }

  /** Reports each item of before missing from after (lost) and each extra one in after (gained). */
  static void lostAndGained(
      String where, String kind, List<String> before, List<String> after, List<Difference> out) {
    List<String> gained = new ArrayList<>(after);
    for (String item : before) {
      if (!gained.remove(item)) {
        out.add(new Difference(where, kind + " lost: " + item));
      }
    }
    gained.forEach(item -> out.add(new Difference(where, kind + " added: " + item)));
  }

  /** Reports a change of one named property. */
  static void same(String where, String what, Object before, Object after, List<Difference> out) {
    if (!Objects.equals(before, after)) {
      out.add(new Difference(where, what + ": " + before + " -> " + after));
    }
  }

  private static List<String> merges(Sheet s) {
    return s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
  }

  private static final java.util.regex.Pattern OUR_RULE =
      java.util.regex.Pattern.compile(
          "\\d+ - cellIs op 3 formula1 \"(Red|Amber/Red|Amber|Amber/Green|Green|Blue|Grey)\""
              + " formula2 null priority \\d+ stop (false|true)");

  /**
   * The conditional formats but ours (--live): one range of cells we may write, every rule
   * colouring a rating word. An officer's own rules, or ours spilling past our cells, are compared.
   */
  private static List<String> theirs(String sheet, List<String> formats, Touched touched) {
    return formats.stream().filter(f -> !ours(sheet, f, touched)).toList();
  }

  private static boolean ours(String sheet, String format, Touched touched) {
    int space = format.indexOf(' ');
    String rules = format.substring(space + 1);
    if (space < 0 || !rules.startsWith("[") || format.substring(0, space).contains(",")) {
      return false;
    }
    for (String rule : rules.substring(1, rules.length() - 1).split(", ")) {
      if (!OUR_RULE.matcher(rule).matches()) {
        return false;
      }
    }
    CellRangeAddress range = CellRangeAddress.valueOf(format.substring(0, space));
    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
      for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
        if (!touched.contains(sheet, r, c)) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<String> conditionalFormats(Sheet s) {
    SheetConditionalFormatting cfs = s.getSheetConditionalFormatting();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cfs.getNumConditionalFormattings(); i++) {
      ConditionalFormatting cf = cfs.getConditionalFormattingAt(i);
      if (isProblemMark(cf)) {
        continue; // ours: the mark on cells with a note, replaced on each run
      }
      List<String> rules = new ArrayList<>();
      for (int r = 0; r < cf.getNumberOfRules(); r++) {
        rules.add(rule(cf.getRule(r)));
      }
      out.add(ranges(cf.getFormattingRanges()) + " " + rules);
    }
    return out;
  }

  /** True for our mark on cells with a note: every rule has our formula. */
  static boolean isProblemMark(ConditionalFormatting cf) {
    for (int r = 0; r < cf.getNumberOfRules(); r++) {
      if (!uk.scorecard.write.plan.Marks.PROBLEM_FORMULA.equals(cf.getRule(r).getFormula1())) {
        return false;
      }
    }
    return cf.getNumberOfRules() > 0;
  }

  private static String rule(ConditionalFormattingRule r) {
    return r.getConditionType()
        + " op "
        + r.getComparisonOperation()
        + " formula1 "
        + r.getFormula1()
        + " formula2 "
        + r.getFormula2()
        + " priority "
        + r.getPriority()
        + " stop "
        + r.getStopIfTrue();
  }

  private static List<String> validations(Sheet s) {
    return s.getDataValidations().stream().map(SheetFeatures::validation).toList();
  }

  private static String validation(DataValidation v) {
    DataValidationConstraint c = v.getValidationConstraint();
    String list =
        c.getExplicitListValues() == null
            ? ""
            : " list " + Arrays.asList(c.getExplicitListValues());
    return ranges(v.getRegions().getCellRangeAddresses())
        + " type "
        + c.getValidationType()
        + " op "
        + c.getOperator()
        + " formula1 "
        + c.getFormula1()
        + " formula2 "
        + c.getFormula2()
        + list
        + " blank ok "
        + v.getEmptyCellAllowed()
        + " error "
        + v.getShowErrorBox()
        + "/"
        + v.getErrorStyle()
        + " '"
        + v.getErrorBoxTitle()
        + "' '"
        + v.getErrorBoxText()
        + "' prompt "
        + v.getShowPromptBox()
        + " '"
        + v.getPromptBoxTitle()
        + "' '"
        + v.getPromptBoxText()
        + "'";
  }

  private static String ranges(CellRangeAddress[] ranges) {
    return Stream.of(ranges)
        .map(CellRangeAddress::formatAsString)
        .sorted()
        .collect(Collectors.joining(" "));
  }

  private static String pane(Sheet s) {
    PaneInformation p = s.getPaneInformation();
    return p == null
        ? "none"
        : (p.isFreezePane() ? "frozen" : "split")
            + " at column "
            + p.getVerticalSplitPosition()
            + " row "
            + p.getHorizontalSplitPosition()
            + ", showing column "
            + p.getVerticalSplitLeftColumn()
            + " row "
            + p.getHorizontalSplitTopRow()
            + ", active "
            + p.getActivePaneType();
  }

  private static void columns(
      String name, Sheet a, Sheet b, Touched touched, List<Difference> out) {
    int existing = dataColumns(a);
    TreeSet<Integer> checked = new TreeSet<>();
    for (int c = 0; c < existing; c++) {
      checked.add(c);
    }
    int defined = boundaries(a, checked);
    boundaries(b, checked);
    for (int c : checked.headSet(Math.max(existing, defined))) {
      String where = name + "!column " + CellReference.convertNumToColString(c);
      // A column we add a heading to may be widened to fit it; it is never narrowed.
      if (!(b.getColumnWidth(c) > a.getColumnWidth(c) && columnWrittenTo(name, b, c, touched))) {
        same(where, "width", a.getColumnWidth(c), b.getColumnWidth(c), out);
      }
      // Our --live helper columns are hidden: ours only where the officer's sheet had nothing.
      if (!(b.isColumnHidden(c) && ourHelper(a, b, c))) {
        same(where, "hidden", a.isColumnHidden(c), b.isColumnHidden(c), out);
      }
    }
  }

  /** True when column c is a --live helper column we added: headed so, empty in the original. */
  private static boolean ourHelper(Sheet a, Sheet b, int c) {
    for (Row row : a) {
      if (row.getCell(c) != null && row.getCell(c).getCellType() != CellType.BLANK) {
        return false;
      }
    }
    for (Row row : b) {
      var cell = row.getCell(c);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && cell.getStringCellValue().matches("(Latest|Previous) figure \\(helper\\)")) {
        return true;
      }
    }
    return false;
  }

  /** One past the last column with a cell in it. */
  private static int dataColumns(Sheet s) {
    int max = 0;
    for (Row row : s) {
      max = Math.max(max, row.getLastCellNum());
    }
    return max;
  }

  /**
   * Adds the first, last and next column of each .xlsx column definition (widths are the same in
   * between, so checking these is checking all); returns one past the last defined column.
   */
  private static int boundaries(Sheet s, TreeSet<Integer> columns) {
    int end = 0;
    if (s instanceof XSSFSheet x) {
      for (CTCols cols : x.getCTWorksheet().getColsArray()) {
        for (var col : cols.getColArray()) {
          int last = (int) Math.min(col.getMax(), MAX_COLUMNS);
          columns.addAll(List.of((int) col.getMin() - 1, last - 1, last));
          end = Math.max(end, last);
        }
      }
    }
    return end;
  }

  private static void rows(String name, Sheet a, Sheet b, Touched touched, List<Difference> out) {
    for (Row row : a) {
      Row other = b.getRow(row.getRowNum());
      String where = name + "!row " + (row.getRowNum() + 1);
      short height = other == null ? b.getDefaultRowHeight() : other.getHeight();
      // A row we wrote wrapped text into may grow so the text shows; it never shrinks.
      if (!(height > row.getHeight() && writtenTo(name, other, touched))) {
        same(where, "height", row.getHeight(), height, out);
      }
      same(where, "hidden", row.getZeroHeight(), other != null && other.getZeroHeight(), out);
      same(
          where,
          "outline level",
          row.getOutlineLevel(),
          other == null ? 0 : other.getOutlineLevel(),
          out);
    }
  }

  private static boolean columnWrittenTo(String name, Sheet s, int col, Touched touched) {
    for (Row row : s) {
      if (row.getCell(col) != null && touched.contains(name, row.getRowNum(), col)) {
        return true;
      }
    }
    return false;
  }

  private static boolean writtenTo(String name, Row row, Touched touched) {
    if (row == null) {
      return false;
    }
    for (var cell : row) {
      if (touched.contains(name, row.getRowNum(), cell.getColumnIndex())) {
        return true;
      }
    }
    return false;
  }

  private static void comments(
      String name, Sheet a, Sheet b, Touched touched, List<Difference> out) {
    perCell(name, "comment", describeComments(a), describeComments(b), touched, out);
    perCell(name, "hyperlink", describeLinks(a), describeLinks(b), touched, out);
  }

  private static void perCell(
      String name,
      String kind,
      Map<CellAddress, String> before,
      Map<CellAddress, String> after,
      Touched touched,
      List<Difference> out) {
    TreeSet<CellAddress> all = new TreeSet<>(before.keySet());
    all.addAll(after.keySet());
    for (CellAddress at : all) {
      if (!touched.contains(name, at.getRow(), at.getColumn())) {
        same(
            name + "!" + at.formatAsString(),
            kind,
            before.getOrDefault(at, "none"),
            after.getOrDefault(at, "none"),
            out);
      }
    }
  }

  private static Map<CellAddress, String> describeComments(Sheet s) {
    Map<CellAddress, String> out = new HashMap<>();
    s.getCellComments().forEach((at, c) -> out.put(at, comment(c)));
    return out;
  }

  private static Map<CellAddress, String> describeLinks(Sheet s) {
    Map<CellAddress, String> out = new HashMap<>();
    for (Hyperlink h : s.getHyperlinkList()) {
      out.put(
          new CellAddress(h.getFirstRow(), h.getFirstColumn()), h.getType() + " " + h.getAddress());
    }
    return out;
  }

  private static String comment(Comment c) {
    return "'" + c.getString().getString() + "' by '" + c.getAuthor() + "'";
  }
}
