package uk.scorecard.property;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The styles a generated scorecard uses, made once per workbook: headings, titles, formats. */
final class SpecStyles {

  private final XSSFWorkbook wb;
  private final Map<String, CellStyle> formats = new HashMap<>();
  private CellStyle title;
  private CellStyle header;
  private CellStyle headerDate;
  private CellStyle section;

  SpecStyles(XSSFWorkbook wb) {
    this.wb = wb;
  }

  /** The sheet's title: bold, 14 point. */
  CellStyle title() {
    if (title == null) {
      title = wb.createCellStyle();
      title.setFont(font(14));
    }
    return title;
  }

  /** A header cell: bold on grey, bordered, wrapped; styles must survive rating. */
  CellStyle header() {
    if (header == null) {
      header = wb.createCellStyle();
      header.setFont(font(11));
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      header.setBorderBottom(BorderStyle.THIN);
      header.setWrapText(true);
    }
    return header;
  }

  /** A month heading held as a date, shown mmm-yy. */
  CellStyle headerDate() {
    if (headerDate == null) {
      headerDate = wb.createCellStyle();
      headerDate.cloneStyleFrom(header());
      headerDate.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
    }
    return headerDate;
  }

  /** A section heading: bold. */
  CellStyle section() {
    if (section == null) {
      section = wb.createCellStyle();
      section.setFont(font(11));
    }
    return section;
  }

  /** A figure's number format. */
  CellStyle format(String f) {
    return formats.computeIfAbsent(
        f,
        k -> {
          CellStyle s = wb.createCellStyle();
          s.setDataFormat(wb.createDataFormat().getFormat(k));
          return s;
        });
  }

  private Font font(int points) {
    Font f = wb.createFont();
    f.setBold(true);
    f.setFontHeightInPoints((short) points);
    return f;
  }
}
