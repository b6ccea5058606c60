package uk.scorecard.fidelity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hssf.util.HSSFColor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Color;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;

/** A cell style as named attributes (font, fill, borders, alignment...), cached per style index. */
final class StyleDescription {
  private final Workbook workbook;
  private final Map<Integer, Map<String, String>> cache = new HashMap<>();

  StyleDescription(Workbook workbook) {
    this.workbook = workbook;
  }

  /** The attributes of this style, in a fixed order. */
  Map<String, String> of(CellStyle style) {
    return cache.computeIfAbsent((int) style.getIndex(), i -> describe(style));
  }

  /** The attributes of the workbook's default style, which a missing cell has. */
  Map<String, String> ofDefault() {
    return of(workbook.getCellStyleAt(0));
  }

  private Map<String, String> describe(CellStyle s) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("number format", s.getDataFormatString());
    font(workbook.getFontAt(s.getFontIndex()), a);
    a.put("fill pattern", String.valueOf(s.getFillPattern()));
    a.put("fill colour", colour(s.getFillForegroundColorColor()));
    a.put("fill background colour", colour(s.getFillBackgroundColorColor()));
    a.put("border top", s.getBorderTop() + " " + borderColour(s, 't'));
    a.put("border bottom", s.getBorderBottom() + " " + borderColour(s, 'b'));
    a.put("border left", s.getBorderLeft() + " " + borderColour(s, 'l'));
    a.put("border right", s.getBorderRight() + " " + borderColour(s, 'r'));
    a.put("horizontal alignment", String.valueOf(s.getAlignment()));
    a.put("vertical alignment", String.valueOf(s.getVerticalAlignment()));
    a.put("wrap", String.valueOf(s.getWrapText()));
    a.put("indent", String.valueOf(s.getIndention()));
    a.put("rotation", String.valueOf(s.getRotation()));
    a.put("locked", String.valueOf(s.getLocked()));
    a.put("formula hidden", String.valueOf(s.getHidden()));
    return a;
  }

  private void font(Font f, Map<String, String> a) {
    a.put("font name", f.getFontName());
    a.put("font size", String.valueOf(f.getFontHeight() / 20.0));
    a.put("bold", String.valueOf(f.getBold()));
    a.put("italic", String.valueOf(f.getItalic()));
    a.put("underline", String.valueOf(f.getUnderline()));
    a.put("strikeout", String.valueOf(f.getStrikeout()));
    a.put("font colour", fontColour(f));
  }

  private String fontColour(Font f) {
    if (f instanceof XSSFFont x) {
      return colour(x.getXSSFColor());
    }
    if (f instanceof HSSFFont h && workbook instanceof HSSFWorkbook hw) {
      return colour(h.getHSSFColor(hw));
    }
    return "index " + f.getColor();
  }

  private static String borderColour(CellStyle s, char side) {
    if (s instanceof XSSFCellStyle x) {
      return colour(
          switch (side) {
            case 't' -> x.getTopBorderXSSFColor();
            case 'b' -> x.getBottomBorderXSSFColor();
            case 'l' -> x.getLeftBorderXSSFColor();
            default -> x.getRightBorderXSSFColor();
          });
    }
    return "index "
        + switch (side) {
          case 't' -> s.getTopBorderColor();
          case 'b' -> s.getBottomBorderColor();
          case 'l' -> s.getLeftBorderColor();
          default -> s.getRightBorderColor();
        };
  }

  /** A colour as it is stored: auto, theme and tint, RGB, or palette index. */
  static String colour(Color c) {
    if (c == null) {
      return "none";
    }
    if (c instanceof HSSFColor h) {
      return "index " + h.getIndex() + " " + h.getHexString();
    }
    if (c instanceof ExtendedColor x) {
      String tint = x.getTint() == 0 ? "" : " tint " + x.getTint();
      if (x.isAuto()) {
        return "auto";
      }
      if (x.isThemed()) {
        return "theme " + x.getTheme() + tint;
      }
      return x.isRGB() ? "rgb " + x.getARGBHex() + tint : "index " + x.getIndex() + tint;
    }
    return c.toString();
  }
}
