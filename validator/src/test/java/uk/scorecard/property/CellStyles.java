package uk.scorecard.property;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * A cell style described by what it shows (format, font, fill, borders, alignment, protection), not
 * by its index, which a writer may renumber. Cached per style index.
 */
final class CellStyles {

  private final Workbook wb;
  private final Map<Short, String> cache = new HashMap<>();

  CellStyles(Workbook wb) {
    this.wb = wb;
  }

  /** The description of the workbook's default style, which a missing cell has. */
  String ofDefault() {
    return of(wb.getCellStyleAt(0));
  }

  /** The description of a style. */
  String of(CellStyle s) {
    return cache.computeIfAbsent(s.getIndex(), i -> describe(s));
  }

  private String describe(CellStyle s) {
    Font f = wb.getFontAt(s.getFontIndex());
    StringBuilder d =
        new StringBuilder()
            .append("format=")
            .append(s.getDataFormatString())
            .append(" font=")
            .append(f.getFontName())
            .append(' ')
            .append(f.getFontHeight())
            .append(f.getBold() ? " bold" : "")
            .append(f.getItalic() ? " italic" : "")
            .append(f.getStrikeout() ? " struck" : "")
            .append(" underline=")
            .append(f.getUnderline())
            .append(" colour=")
            .append(f instanceof XSSFFont x ? argb(x.getXSSFColor()) : f.getColor())
            .append(" fill=")
            .append(s.getFillPattern())
            .append(' ')
            .append(argb(s.getFillForegroundColorColor()))
            .append('/')
            .append(argb(s.getFillBackgroundColorColor()))
            .append(" borders=")
            .append(s.getBorderTop())
            .append(',')
            .append(s.getBorderRight())
            .append(',')
            .append(s.getBorderBottom())
            .append(',')
            .append(s.getBorderLeft())
            .append(" align=")
            .append(s.getAlignment())
            .append('/')
            .append(s.getVerticalAlignment())
            .append(" wrap=")
            .append(s.getWrapText())
            .append(" indent=")
            .append(s.getIndention())
            .append(" rotation=")
            .append(s.getRotation())
            .append(" locked=")
            .append(s.getLocked())
            .append(" hidden=")
            .append(s.getHidden())
            .append(" shrink=")
            .append(s.getShrinkToFit());
    if (s instanceof XSSFCellStyle x) {
      d.append(" quote=").append(x.getQuotePrefixed());
    }
    return d.toString();
  }

  private static String argb(Color c) {
    if (c instanceof XSSFColor x) {
      return x.getARGBHex() != null
          ? x.getARGBHex()
          : x.isIndexed() ? "indexed " + x.getIndexed() : "theme " + x.getTheme();
    }
    return c == null ? "none" : c.toString();
  }
}
