package uk.scorecard.write.xls;

import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFHyperlink;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.write.plan.ChecksContent;
import uk.scorecard.write.plan.ChecksHeading;
import uk.scorecard.write.plan.ChecksPrint;
import uk.scorecard.write.plan.WrapHeight;

/** Renders the Checks sheet into an .xls, replacing the one an earlier run wrote. */
final class XlsChecksSheet {

  private XlsChecksSheet() {}

  /** Writes the sheet and returns its name. */
  static String write(
      HSSFWorkbook wb,
      List<List<ChecksContent.Cell>> rows,
      ChecksHeading heading,
      XlsStyles styles) {
    String name = placement(wb);
    int old = wb.getSheetIndex(name);
    if (old >= 0) {
      wb.removeSheetAt(old);
    }
    HSSFSheet sheet = wb.createSheet(name);
    HSSFCellStyle plain = styles.derive(wb.getCellStyleAt(0), (short) -1, false, true);
    HSSFCellStyle bold = styles.derive(wb.getCellStyleAt(0), (short) -1, true, true);
    // A count sits beside its label, not at the far edge of a column sized for messages.
    HSSFCellStyle count = wb.createCellStyle();
    count.cloneStyleFrom(plain);
    count.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
    for (int r = 0; r < rows.size(); r++) {
      List<ChecksContent.Cell> cells = rows.get(r);
      Row row = cells.isEmpty() ? null : sheet.createRow(r);
      for (int c = 0; c < cells.size(); c++) {
        ChecksContent.Cell spec = cells.get(c);
        Cell cell = row.createCell(c);
        if (spec.look() == ChecksContent.Look.COUNT) {
          cell.setCellValue(Long.parseLong(spec.text())); // a number, not digits stored as text
        } else {
          cell.setCellValue(spec.text());
        }
        cell.setCellStyle(
            switch (spec.look()) {
              case TITLE, HEADING, HEADER -> bold;
              case RAG -> styles.derive(plain, XlsStyles.fill(spec.rating()), true, true);
              case COUNT -> count;
              default -> plain;
            });
        if (spec.look() == ChecksContent.Look.SENTENCE) {
          // A sentence spans to the last column and its row grows to show every line.
          sheet.addMergedRegion(new CellRangeAddress(r, r, c, ChecksContent.WIDTHS.length - 1));
          row.setHeightInPoints(
              (float) WrapHeight.points(WrapHeight.lines(spec.text(), ChecksContent.widthFrom(c))));
        }
        if (spec.link() != null) {
          HSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
          link.setAddress(spec.link());
          cell.setHyperlink(link);
        }
      }
    }
    for (int i = 0; i < ChecksContent.WIDTHS.length; i++) {
      sheet.setColumnWidth(i, (int) (ChecksContent.WIDTHS[i] * 256));
    }
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    pageHeadings(sheet, heading);
    return name;
  }

  /** The page header and footer: marking, what the page is, workbook and period, page numbers. */
  private static void pageHeadings(HSSFSheet sheet, ChecksHeading heading) {
    String[] h = ChecksPrint.header(heading);
    sheet.getHeader().setLeft(h[0]);
    sheet.getHeader().setCenter(h[1]);
    sheet.getHeader().setRight(h[2]);
    String[] f = ChecksPrint.footer(heading);
    sheet.getFooter().setLeft(f[0]);
    sheet.getFooter().setCenter(f[1]);
    sheet.getFooter().setRight(f[2]);
  }

  /** Our sheet from an earlier run (A1 holds our title), or a name no officer's sheet has. */
  private static String placement(HSSFWorkbook wb) {
    for (String n : List.of(ChecksContent.SHEET_NAME, ChecksContent.TITLE)) {
      HSSFSheet s = wb.getSheet(n);
      if (s == null || isOurs(s)) {
        return n;
      }
    }
    int i = 2;
    while (wb.getSheet(ChecksContent.TITLE + " " + i) != null) {
      i++;
    }
    return ChecksContent.TITLE + " " + i;
  }

  private static boolean isOurs(HSSFSheet s) {
    Row r = s.getRow(0);
    Cell a1 = r == null ? null : r.getCell(0);
    return a1 != null && a1.toString().equals(ChecksContent.TITLE);
  }
}
