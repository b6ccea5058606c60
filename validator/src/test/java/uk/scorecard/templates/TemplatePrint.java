package uk.scorecard.templates;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * How the rated Scorecard sheet prints: A4 landscape, the header row on every page, and one page
 * wide only when the figures stay at 8 pt or more; otherwise at 8 pt across pages, Ref and
 * Indicator repeated on each, left to right then down so a band of indicators reads in order.
 */
final class TemplatePrint {

  /** The figures' font size, in points (Calibri 11, the workbook's body font). */
  static final double BODY_POINTS = 11;

  /** The smallest print a board member is asked to read. */
  static final double MIN_POINTS = 8;

  /** The width `rate` adds to a template with two periods or more: Direction of travel. */
  static final int RATED_EXTRA_CHARS = 20;

  /** Left and right margins, in inches: narrow, so more of the sheet fits at a legible size. */
  private static final double SIDE_MARGIN = 0.4;

  /** A4 landscape's width, in points. */
  private static final double A4_LONG_SIDE = 841.89;

  private TemplatePrint() {}

  /** The scale (1 = 100%) that fits columns this wide (in characters) on one page's width. */
  static double fitScale(int[] widthsChars) {
    double points = 0;
    for (int w : widthsChars) {
      // Excel's rule for Calibri 11: 7 pixels a character and 5 of padding, at 0.75 pt a pixel.
      points += Math.floor(w * 7 + 5) * 0.75;
    }
    return Math.min(1, (A4_LONG_SIDE - 2 * SIDE_MARGIN * 72) / points);
  }

  /** True when fitting to one page wide keeps the figures at {@link #MIN_POINTS} or more. */
  static boolean fitsLegibly(int[] widthsChars) {
    return fitScale(widthsChars) * BODY_POINTS >= MIN_POINTS;
  }

  /** Sets the sheet's print settings for columns this wide, the header row at {@code header}. */
  static void apply(XSSFSheet sheet, int[] widthsChars, int header) {
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.TOP, 0.6);
    sheet.setMargin(PageMargin.BOTTOM, 0.6);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
    if (fitsLegibly(widthsChars)) {
      sheet.setFitToPage(true);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
    } else {
      sheet.setFitToPage(false);
      print.setScale((short) Math.ceil(MIN_POINTS / BODY_POINTS * 100));
      print.setLeftToRight(true); // over, then down
      sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
    }
    sheet.getFooter().setLeft("&A");
    sheet.getFooter().setCenter("Page &P of &N");
    sheet.getFooter().setRight("&F");
  }
}
