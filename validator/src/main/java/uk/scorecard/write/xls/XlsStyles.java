package uk.scorecard.write.xls;

import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import uk.scorecard.model.Rating;
import uk.scorecard.write.plan.CellWrite;

/**
 * Cell styles for .xls output, from the legacy palette (we never change the officer's palette).
 * Each fill is paired with black text at a contrast of at least 4.5:1. Styles are reused when an
 * equal one exists, so rating twice adds nothing.
 */
final class XlsStyles {

  private final HSSFWorkbook wb;

  XlsStyles(HSSFWorkbook wb) {
    this.wb = wb;
  }

  static short fill(Rating r) {
    return switch (r) {
      case RED -> IndexedColors.RED.getIndex();
      case AMBER_RED -> IndexedColors.ORANGE.getIndex();
      case AMBER -> IndexedColors.GOLD.getIndex();
      case AMBER_GREEN -> IndexedColors.LIGHT_GREEN.getIndex();
      case GREEN -> IndexedColors.SEA_GREEN.getIndex();
      case BLUE -> IndexedColors.PALE_BLUE.getIndex();
      case GREY -> IndexedColors.GREY_25_PERCENT.getIndex();
    };
  }

  void apply(Cell cell, CellWrite w, Cell left) {
    HSSFCellStyle base = (HSSFCellStyle) cell.getCellStyle();
    switch (w.look()) {
      case RAG -> cell.setCellStyle(derive(base, fill(w.rating()), true, false));
      case WRAP -> cell.setCellStyle(derive(base, (short) -1, false, true));
      case HEADER ->
          cell.setCellStyle(
              derive(
                  left == null ? base : (HSSFCellStyle) left.getCellStyle(),
                  (short) -1,
                  true,
                  true));
      default -> {}
    }
  }

  /** A style like {@code base} with a fill (-1 keeps it), bold and wrap as asked. */
  HSSFCellStyle derive(HSSFCellStyle base, short fill, boolean bold, boolean wrap) {
    Look want =
        new Look(
            bold ? boldFont(base.getFont(wb)).getIndex() : base.getFontIndex(),
            fill >= 0 ? fill : base.getFillForegroundColor(),
            fill >= 0 ? FillPatternType.SOLID_FOREGROUND : base.getFillPattern(),
            wrap || base.getWrapText(),
            wrap ? VerticalAlignment.TOP : base.getVerticalAlignment());
    for (int i = 0; i < wb.getNumCellStyles(); i++) {
      HSSFCellStyle s = wb.getCellStyleAt(i);
      if (want.equals(Look.of(s)) && sameRest(s, base)) {
        return s;
      }
    }
    HSSFCellStyle s = wb.createCellStyle();
    s.cloneStyleFrom(base);
    s.setFont(wb.getFontAt(want.font()));
    s.setFillForegroundColor(want.fill());
    s.setFillPattern(want.pattern());
    s.setWrapText(want.wrap());
    s.setVerticalAlignment(want.valign());
    return s;
  }

  /** The parts of a style that we change. */
  private record Look(
      int font, short fill, FillPatternType pattern, boolean wrap, VerticalAlignment valign) {
    static Look of(HSSFCellStyle s) {
      return new Look(
          s.getFontIndex(),
          s.getFillForegroundColor(),
          s.getFillPattern(),
          s.getWrapText(),
          s.getVerticalAlignment());
    }
  }

  private HSSFFont boldFont(HSSFFont f) {
    HSSFFont found =
        wb.findFont(
            true,
            f.getColor(),
            f.getFontHeight(),
            f.getFontName(),
            f.getItalic(),
            f.getStrikeout(),
            f.getTypeOffset(),
            f.getUnderline());
    if (found != null) {
      return found;
    }
    HSSFFont b = wb.createFont();
    b.setBold(true);
    b.setColor(f.getColor());
    b.setFontHeight(f.getFontHeight());
    b.setFontName(f.getFontName());
    b.setItalic(f.getItalic());
    return b;
  }

  /** True when two styles agree on everything we do not change. */
  private static boolean sameRest(HSSFCellStyle a, HSSFCellStyle b) {
    return a.getDataFormat() == b.getDataFormat()
        && a.getAlignment() == b.getAlignment()
        && a.getBorderBottom() == b.getBorderBottom()
        && a.getBorderTop() == b.getBorderTop()
        && a.getBorderLeft() == b.getBorderLeft()
        && a.getBorderRight() == b.getBorderRight()
        && a.getIndention() == b.getIndention();
  }
}
