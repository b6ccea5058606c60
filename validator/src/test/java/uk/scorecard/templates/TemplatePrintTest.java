package uk.scorecard.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published templates print their rated sheet legibly: landscape A4, the header row on every
 * page, one page wide only when the figures stay at 8 pt or more, else at 8 pt across pages with
 * Ref and Indicator repeated, left to right then down.
 */
class TemplatePrintTest {

  @Test
  void fitsToWidthOnlyWhenTheFiguresStayAtEightPoints() {
    // Ten columns of 10 characters: about 560 pt, under the 784 pt of the page: 100%.
    assertThat(TemplatePrint.fitScale(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10}))
        .isEqualTo(1.0);
    assertThat(TemplatePrint.fitsLegibly(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10}))
        .isTrue();
    // 1,070 pt: fitted at 73%, 8.06 pt; 1,090 pt would be 7.9 pt.
    int[] atEight = new int[21];
    java.util.Arrays.fill(atEight, 9); // 21 x 51 pt = 1,071 pt
    assertThat(TemplatePrint.fitScale(atEight) * TemplatePrint.BODY_POINTS).isBetween(8.0, 8.1);
    assertThat(TemplatePrint.fitsLegibly(atEight)).isTrue();
    int[] under = java.util.Arrays.copyOf(atEight, 22);
    under[21] = 9;
    assertThat(TemplatePrint.fitsLegibly(under)).isFalse();
  }

  @ParameterizedTest(name = "{0} prints its rated sheet at 8 pt or more")
  @ValueSource(
      strings = {TemplateBuilder.MONTHLY, TemplateBuilder.QUARTERLY, TemplateBuilder.SAMPLE})
  void theRatedSheetPrintsLegibly(String name) throws Exception {
    try (XSSFWorkbook wb = open(name)) {
      XSSFSheet s = wb.getSheet(ScorecardSheet.NAME);
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(s.getPrintSetup().getPaperSize()).isEqualTo((short) 9);
      assertThat(s.getRepeatingRows())
          .isEqualTo(
              new CellRangeAddress(ScorecardSheet.HEADER_ROW, ScorecardSheet.HEADER_ROW, -1, -1));
      assertThat(s.getFooter().getCenter()).isEqualTo("Page &P of &N");
      double widths = 0;
      int[] chars = new int[s.getRow(ScorecardSheet.HEADER_ROW).getLastCellNum() + 1];
      for (int c = 0; c < chars.length; c++) {
        // The last is the Direction of travel column rate adds, 20 characters wide.
        chars[c] = c < chars.length - 1 ? s.getColumnWidth(c) / 256 : 20;
        widths += chars[c];
      }
      assertThat(widths).isGreaterThan(0);
      if (s.getFitToPage()) {
        assertThat(TemplatePrint.fitScale(chars) * 11).isGreaterThanOrEqualTo(8);
        assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      } else {
        assertThat(TemplatePrint.fitsLegibly(chars)).isFalse();
        assertThat(s.getPrintSetup().getScale() * 11 / 100.0).isGreaterThanOrEqualTo(8);
        assertThat(s.getRepeatingColumns()).isEqualTo(new CellRangeAddress(-1, -1, 0, 1));
        assertThat(s.getPrintSetup().getLeftToRight()).isTrue();
      }
    }
  }

  private static XSSFWorkbook open(String name) throws Exception {
    Path file = TemplatesTest.templatesDir().resolve(name);
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }
}
