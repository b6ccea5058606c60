package uk.scorecard.templates;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.scorecard.model.Unit;

/** The cell styles one template workbook uses, made once per workbook. */
final class TemplateStyles {
  final CellStyle title;
  final CellStyle hint;
  final CellStyle paragraph;
  final CellStyle header;
  final CellStyle monthHeader;
  final CellStyle section;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle marker;
  final CellStyle percent;
  final CellStyle count;
  final CellStyle decimal;

  TemplateStyles(XSSFWorkbook wb) {
    title = wb.createCellStyle();
    title.setFont(font(wb, true, false, 16));
    hint = wb.createCellStyle();
    hint.setFont(font(wb, false, true, 10));
    paragraph = wb.createCellStyle();
    paragraph.setWrapText(true);
    paragraph.setVerticalAlignment(VerticalAlignment.TOP);
    header = headerStyle(wb);
    monthHeader = headerStyle(wb);
    monthHeader.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
    section = bordered(wb);
    section.setFont(font(wb, true, false, 11));
    section.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    text = bordered(wb);
    wrapped = bordered(wb);
    wrapped.setWrapText(true);
    marker = bordered(wb);
    marker.setAlignment(HorizontalAlignment.RIGHT);
    percent = numeric(wb, "0%");
    count = numeric(wb, "0");
    decimal = numeric(wb, "0.0");
  }

  /** The style for a figure of the given unit. */
  CellStyle figure(Unit unit) {
    return switch (unit) {
      case PERCENT -> percent;
      case COUNT -> count;
      case DECIMAL -> decimal;
    };
  }

  private static CellStyle headerStyle(XSSFWorkbook wb) {
    CellStyle s = bordered(wb);
    s.setFont(font(wb, true, false, 11));
    s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setWrapText(true);
    s.setAlignment(HorizontalAlignment.CENTER);
    return s;
  }

  private static CellStyle numeric(XSSFWorkbook wb, String format) {
    CellStyle s = bordered(wb);
    s.setDataFormat(wb.createDataFormat().getFormat(format));
    return s;
  }

  private static CellStyle bordered(XSSFWorkbook wb) {
    CellStyle s = wb.createCellStyle();
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    short grey = IndexedColors.GREY_40_PERCENT.getIndex();
    s.setBottomBorderColor(grey);
    s.setTopBorderColor(grey);
    s.setLeftBorderColor(grey);
    s.setRightBorderColor(grey);
    return s;
  }

  private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int points) {
    Font f = wb.createFont();
    f.setBold(bold);
    f.setItalic(italic);
    f.setFontHeightInPoints((short) points);
    return f;
  }
}
