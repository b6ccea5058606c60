package uk.scorecard.write.xls;

import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFConditionalFormattingRule;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFSheetConditionalFormatting;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.model.Rating;
import uk.scorecard.write.plan.Marks;

/** --live for .xls: the same "cell equals a rating" rules as .xlsx, in the legacy palette. */
final class XlsLive {

  private XlsLive() {}

  /** Replaces our rules from an earlier run on these ranges with this run's. */
  static void apply(HSSFSheet sheet, List<CellRangeAddress> ranges, List<Rating> ratings) {
    HSSFSheetConditionalFormatting cfs = sheet.getSheetConditionalFormatting();
    for (int i = cfs.getNumConditionalFormattings() - 1; i >= 0; i--) {
      if (isOurs(cfs.getConditionalFormattingAt(i), ranges)) {
        cfs.removeConditionalFormatting(i);
      }
    }
    // An .xls allows at most three rules per range, so each rating gets a range entry of its own.
    for (CellRangeAddress range : ranges) {
      for (Rating r : ratings) {
        HSSFConditionalFormattingRule rule =
            cfs.createConditionalFormattingRule(
                ComparisonOperator.EQUAL, Marks.liveFormula(r), null);
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        fill.setFillBackgroundColor(XlsStyles.fill(r));
        fill.setFillForegroundColor(XlsStyles.fill(r));
        rule.createFontFormatting().setFontColorIndex(IndexedColors.BLACK.getIndex());
        cfs.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
      }
    }
  }

  private static boolean isOurs(ConditionalFormatting cf, List<CellRangeAddress> ranges) {
    CellRangeAddress[] at = cf.getFormattingRanges();
    if (at.length != 1 || !ranges.contains(at[0]) || cf.getNumberOfRules() != 1) {
      return false;
    }
    String formula = cf.getRule(0).getFormula1();
    return java.util.Arrays.stream(Rating.values())
        .anyMatch(r -> Marks.liveFormula(r).equals(formula));
  }
}
