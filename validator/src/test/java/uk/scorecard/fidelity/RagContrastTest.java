package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.model.Rating;
import uk.scorecard.rules.Rules;

/**
 * Every RAG fill we write is legible: text on it has a contrast of at least 4.5:1 (WCAG AA),
 * measured from the styles actually in the output, for .xlsx, --live rules and .xls.
 */
class RagContrastTest {

  private static final double AA = 4.5;
  private final Scorecard scorecard = new Scorecard();

  @Test
  void xlsxRagCellsOnTheScorecardAndChecksSheets() throws Exception {
    Set<Rating> seen = EnumSet.noneOf(Rating.class);
    for (byte[] rated :
        java.util.List.of(
            rate("monthly.xlsx", Scorecards.monthly(), Options.DEFAULT),
            rate("quarterly.xlsx", Scorecards.quarterly(), BLUE),
            rate("five.xlsx", Scorecards.fivePoint(), FIVE))) {
      xlsx(rated, seen);
    }
    assertThat(seen).containsExactlyInAnyOrder(Rating.values());
  }

  /** A rules file that rates Blue a point beyond the target: the quarterly fixture has one. */
  private static final Options BLUE =
      new Options(
          new Rules(null, java.util.Map.of(), java.util.Map.of(), "1pp beyond target"),
          false,
          false);

  /** A rules file that rates on the five-point scale: the fivePoint fixture has every shade. */
  private static final Options FIVE =
      new Options(
          new Rules(
              null,
              java.util.Map.of(),
              java.util.Map.of(),
              null,
              "",
              uk.scorecard.model.DirectionPlace.COLUMN,
              uk.scorecard.model.RatingScale.FIVE_POINT),
          false,
          false);

  private static void xlsx(byte[] rated, Set<Rating> seen) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rated))) {
      for (Sheet s : wb) {
        for (Cell c : ragCells(s)) {
          XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
          int[] fill = rgb(st.getFillForegroundColorColor());
          int[] ink = rgb(st.getFont().getXSSFColor());
          assertThat(Contrast.ratio(fill, ink))
              .as("%s!%s", s.getSheetName(), c.getAddress())
              .isGreaterThanOrEqualTo(AA);
          seen.add(Rating.parse(c.getStringCellValue()));
        }
      }
    }
  }

  @Test
  void liveRulesUseLegibleColoursToo() throws Exception {
    // The five-point shades get rules only where the workbook is rated on that scale.
    live(
        rate("monthly.xlsx", Scorecards.monthly(), new Options(Rules.NONE, true, false)),
        Rating.values().length - 2);
    live(
        rate("five.xlsx", Scorecards.fivePoint(), new Options(FIVE.rules(), true, false)),
        Rating.values().length);
  }

  private static void live(byte[] rated, int rules) throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rated))) {
      var cfs = wb.getSheet("Scorecard").getSheetConditionalFormatting();
      // The live rules: the last format but our mark on cells with a note, written after them.
      int last = cfs.getNumConditionalFormattings() - 1;
      if (SheetFeatures.isProblemMark(cfs.getConditionalFormattingAt(last))) {
        last--;
      }
      ConditionalFormatting cf = cfs.getConditionalFormattingAt(last);
      assertThat(cf.getNumberOfRules()).isEqualTo(rules);
      for (int i = 0; i < cf.getNumberOfRules(); i++) {
        ConditionalFormattingRule rule = cf.getRule(i);
        int[] fill = rgb((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor());
        int[] ink = rgb((XSSFColor) rule.getFontFormatting().getFontColor());
        assertThat(Contrast.ratio(fill, ink)).as(rule.getFormula1()).isGreaterThanOrEqualTo(AA);
      }
    }
  }

  @Test
  void xlsRagCellsFromTheLegacyPalette() throws Exception {
    Set<Rating> seen = EnumSet.noneOf(Rating.class);
    xls(rate("monthly.xls", LegacyCopy.toXls(Scorecards.monthly()), Options.DEFAULT), seen);
    xls(rate("quarterly.xls", LegacyCopy.toXls(Scorecards.quarterly()), BLUE), seen);
    xls(rate("five.xls", LegacyCopy.toXls(Scorecards.fivePoint()), FIVE), seen);
    assertThat(seen).containsExactlyInAnyOrder(Rating.values());
  }

  private static void xls(byte[] rated, Set<Rating> seen) throws Exception {
    try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(rated))) {
      for (Sheet s : wb) {
        for (Cell c : ragCells(s)) {
          HSSFCellStyle st = (HSSFCellStyle) c.getCellStyle();
          int[] fill = triplet(wb, st.getFillForegroundColor());
          int[] ink = triplet(wb, st.getFont(wb).getColor());
          assertThat(Contrast.ratio(fill, ink))
              .as("%s!%s", s.getSheetName(), c.getAddress())
              .isGreaterThanOrEqualTo(AA);
          seen.add(Rating.parse(c.getStringCellValue()));
        }
      }
    }
  }

  private byte[] rate(String name, byte[] wb, Options o) throws Exception {
    return scorecard.rate(new Input(name, wb), o).bytes();
  }

  /** Cells holding a rating word with a solid fill: the RAG cells we coloured. */
  private static java.util.List<Cell> ragCells(Sheet s) {
    java.util.List<Cell> out = new java.util.ArrayList<>();
    for (Row r : s) {
      for (Cell c : r) {
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
            && c.getStringCellValue().matches("Red|Amber|Green|Blue|Grey|Amber/(Green|Red)")
            && c.getCellStyle().getFillPattern()
                == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /** An .xlsx colour as RGB; no colour is automatic text, which is black. */
  private static int[] rgb(XSSFColor c) {
    byte[] b = c == null ? null : c.getRGB();
    return b == null ? new int[] {0, 0, 0} : new int[] {b[0] & 0xff, b[1] & 0xff, b[2] & 0xff};
  }

  /** An .xls palette colour as RGB; the automatic colour is black text. */
  private static int[] triplet(HSSFWorkbook wb, short index) {
    HSSFColor c = wb.getCustomPalette().getColor(index);
    if (c == null || index == HSSFColor.HSSFColorPredefined.AUTOMATIC.getIndex()) {
      return new int[] {0, 0, 0};
    }
    short[] t = c.getTriplet();
    return new int[] {t[0], t[1], t[2]};
  }
}
