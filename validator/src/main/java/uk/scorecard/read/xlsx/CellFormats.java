package uk.scorecard.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import uk.scorecard.internal.xml.SafeXml;
import uk.scorecard.read.grid.DateFormats;

/**
 * The number format of each cell style (the {@code s} of a cell): its id and format code, and its
 * indent level. Read from styles.xml with a streaming parser, so POI's styles model (and XMLBeans)
 * is not loaded.
 */
final class CellFormats {

  /** A workbook without styles. */
  static final CellFormats NONE = new CellFormats(new int[0], new String[0], new int[0]);

  private final int[] ids;
  private final String[] codes;
  private final int[] indents;

  /** Per style, whether its format shows a date: 0 not yet known, 1 no, 2 yes. */
  private final byte[] dates;

  private CellFormats(int[] ids, String[] codes, int[] indents) {
    this.ids = ids;
    this.codes = codes;
    this.indents = indents;
    this.dates = new byte[codes.length];
  }

  /** True when the style's number format shows a date; worked out once per style. */
  boolean isDate(int style) {
    if (style < 0 || style >= codes.length || codes[style] == null) {
      return false;
    }
    if (dates[style] == 0) {
      dates[style] = DateFormats.isDate(ids[style], codes[style]) ? (byte) 2 : (byte) 1;
    }
    return dates[style] == 2;
  }

  /** The format code of a style, or null when there is no such style. */
  @Nullable String code(int style) {
    return style >= 0 && style < codes.length ? codes[style] : null;
  }

  /** The indent level of a style's alignment, 0 when it has none or there is no such style. */
  int indent(int style) {
    return style >= 0 && style < indents.length ? indents[style] : 0;
  }

  /** The number format id of a style, 0 (General) when there is no such style. */
  int id(int style) {
    return style >= 0 && style < ids.length ? ids[style] : 0;
  }

  /** From POI's styles model, for workbooks read through POI's package reader. */
  static CellFormats of(StylesTable styles) {
    if (styles == null) {
      return NONE;
    }
    int n = styles.getNumCellStyles();
    int[] ids = new int[n];
    String[] codes = new String[n];
    int[] indents = new int[n];
    for (int i = 0; i < n; i++) {
      var cs = styles.getStyleAt(i);
      if (cs != null) {
        ids[i] = cs.getDataFormat();
        codes[i] = cs.getDataFormatString();
        indents[i] = Math.max(0, cs.getIndention());
      }
    }
    return new CellFormats(ids, codes, indents);
  }

  /** Streams styles.xml: custom formats first, then the cell formats ({@code cellXfs/xf}). */
  static CellFormats parse(InputStream in) throws XMLStreamException, IOException {
    Map<Integer, String> custom = new HashMap<>();
    List<Integer> xfs = new ArrayList<>();
    Map<Integer, Integer> indented = new HashMap<>();
    XMLStreamReader r = SafeXml.stax().createXMLStreamReader(in);
    boolean inCellXfs = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.DTD) {
        throw new XMLStreamException("document type declaration in styles");
      }
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "numFmt" ->
              custom.put(
                  Integer.parseInt(r.getAttributeValue(null, "numFmtId")),
                  r.getAttributeValue(null, "formatCode"));
          case "cellXfs" -> inCellXfs = true;
          case "xf" -> {
            if (inCellXfs) {
              String id = r.getAttributeValue(null, "numFmtId");
              xfs.add(id == null ? 0 : Integer.parseInt(id));
            }
          }
          case "alignment" -> {
            String indent = inCellXfs ? r.getAttributeValue(null, "indent") : null;
            if (indent != null && !xfs.isEmpty()) {
              indented.put(xfs.size() - 1, parseIndent(indent));
            }
          }
          default -> {}
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
        inCellXfs = false;
      }
    }
    r.close();
    int[] ids = new int[xfs.size()];
    String[] codes = new String[xfs.size()];
    int[] indents = new int[xfs.size()];
    indented.forEach((i, level) -> indents[i] = level);
    for (int i = 0; i < ids.length; i++) {
      ids[i] = xfs.get(i);
      // As POI's XSSFDataFormat: the workbook's own format for the id first, then the built-in.
      String code = custom.get(ids[i]);
      codes[i] = code != null ? code : BuiltinFormats.getBuiltinFormat(ids[i]);
    }
    return new CellFormats(ids, codes, indents);
  }

  /** An indent attribute as a level; one we cannot read is no indent. */
  private static int parseIndent(String text) {
    try {
      return Math.max(0, Math.min(250, Integer.parseInt(text.trim())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
