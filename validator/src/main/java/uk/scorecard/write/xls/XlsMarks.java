package uk.scorecard.write.xls;

import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFConditionalFormattingRule;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFSheetConditionalFormatting;
import org.apache.poi.ss.usermodel.BorderFormatting;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.NoteCells;
import uk.scorecard.write.plan.Plan;

/**
 * The mark on cells with a note for .xls, as for .xlsx: one conditional format of ours, an
 * always-true rule with a red border and a pale fill, replacing the one an earlier run wrote.
 */
final class XlsMarks {

  private XlsMarks() {}

  /** Replaces our mark from an earlier run with one over these notes' cells (none: removed). */
  static void apply(HSSFSheet sheet, List<Plan.Note> notes) {
    HSSFSheetConditionalFormatting cfs = sheet.getSheetConditionalFormatting();
    for (int i = cfs.getNumConditionalFormattings() - 1; i >= 0; i--) {
      if (isOurs(cfs.getConditionalFormattingAt(i))) {
        cfs.removeConditionalFormatting(i);
      }
    }
    List<CellRangeAddress> ranges = NoteCells.ranges(notes);
    if (ranges.isEmpty()) {
      return;
    }
    HSSFConditionalFormattingRule rule = cfs.createConditionalFormattingRule(Marks.PROBLEM_FORMULA);
    PatternFormatting fill = rule.createPatternFormatting();
    fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
    fill.setFillForegroundColor(IndexedColors.ROSE.getIndex());
    fill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
    BorderFormatting border = rule.createBorderFormatting();
    short red = IndexedColors.RED.getIndex();
    border.setBorderLeft(BorderStyle.THIN);
    border.setBorderRight(BorderStyle.THIN);
    border.setBorderTop(BorderStyle.THIN);
    border.setBorderBottom(BorderStyle.THIN);
    border.setLeftBorderColor(red);
    border.setRightBorderColor(red);
    border.setTopBorderColor(red);
    border.setBottomBorderColor(red);
    cfs.addConditionalFormatting(ranges.toArray(CellRangeAddress[]::new), rule);
  }

  private static boolean isOurs(ConditionalFormatting cf) {
    for (int r = 0; r < cf.getNumberOfRules(); r++) {
      if (!Marks.PROBLEM_FORMULA.equals(cf.getRule(r).getFormula1())) {
        return false;
      }
    }
    return cf.getNumberOfRules() > 0;
  }
}
