package uk.scorecard.read;

import static uk.scorecard.read.container.HostilePackages.MAIN;
import static uk.scorecard.read.container.HostilePackages.workbook;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import uk.scorecard.read.container.HostilePackages;

/**
 * Legal workbooks of one costly shape each, at any size {@code n}: long strings, many styles, many
 * merges, many notes, deep nesting, many tiny sheets, many tiny parts. Each holds a small scorecard
 * table, so reading, checking and rating all run; only the one shape grows with n.
 */
final class CostlyShapes {

  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String[] MONTHS = {
    "Jan-19", "Feb-19", "Mar-19", "Apr-19", "May-19", "Jun-19", "Jul-19", "Aug-19", "Sep-19",
    "Oct-19", "Nov-19", "Dec-19"
  };

  private CostlyShapes() {}

  /** Indicators whose title, one figure cell and caveat each hold text of n characters. */
  static byte[] longStrings(int n) {
    String rows =
        table(
            20,
            r -> "",
            r -> HostileFiles.incompressible(n + r),
            r -> cell("R", r, HostileFiles.incompressible(n - r)));
    return workbook(1, "").put("xl/worksheets/sheet1.xml", sheet(rows, "")).bytes();
  }

  /** n cell formats (each its own number format), used by n figure cells. */
  static byte[] manyStyles(int n) {
    StringBuilder fmts = new StringBuilder();
    StringBuilder xfs =
        new StringBuilder(
            "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\"" + " borderId=\"0\" xfId=\"0\"/>");
    for (int i = 0; i < n; i++) {
      fmts.append("<numFmt numFmtId=\"")
          .append(164 + i)
          .append("\" formatCode=\"0.0&quot;")
          .append(i)
          .append("&quot;\"/>");
      xfs.append("<xf numFmtId=\"")
          .append(164 + i)
          .append("\" fontId=\"0\" fillId=\"0\"")
          .append(" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>");
    }
    String styles =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
            + MAIN
            + "\"><numFmts count=\""
            + n
            + "\">"
            + fmts
            + "</numFmts><fonts count=\"1\"><font><sz"
            + " val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill"
            + " patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "</borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
            + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\""
            + (n + 1)
            + "\">"
            + xfs
            + "</cellXfs></styleSheet>";
    int rows = Math.max(1, n / MONTHS.length);
    String table = table(rows, r -> "Visits " + r, null, null, k -> 1 + k % n);
    HostilePackages p =
        workbook(1, "")
            .put("xl/worksheets/sheet1.xml", sheet(table, ""))
            .put("xl/styles.xml", styles);
    related(
        p,
        "styles",
        "styles.xml",
        "/xl/styles.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
    return p.bytes();
  }

  /** n merged ranges, each over a note row below the table. */
  static byte[] manyMerges(int n) {
    StringBuilder rows = new StringBuilder(table(20, r -> "Visits " + r, null, null));
    StringBuilder merges = new StringBuilder("<mergeCells count=\"" + n + "\">");
    for (int i = 0; i < n; i++) {
      int r = 30 + i;
      rows.append("<row r=\"")
          .append(r)
          .append("\">")
          .append(cell("A", r, "Note " + i))
          .append("</row>");
      merges.append("<mergeCell ref=\"A").append(r).append(":D").append(r).append("\"/>");
    }
    String sheet = sheet(rows.toString(), merges.append("</mergeCells>").toString());
    return workbook(1, "").put("xl/worksheets/sheet1.xml", sheet).bytes();
  }

  /** n officer's notes, one on each figure cell of a table long enough to hold them. */
  static byte[] manyNotes(int n) {
    int rows = Math.max(1, n / MONTHS.length);
    StringBuilder comments =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<comments xmlns=\""
                + MAIN
                + "\"><authors><author>Officer</author></authors>"
                + "<commentList>");
    StringBuilder vml =
        new StringBuilder(
            "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\">"
                + "<o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\""
                + " coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"/>");
    for (int i = 0; i < n; i++) {
      int row = 1 + i / MONTHS.length;
      int col = 4 + i % MONTHS.length;
      comments
          .append("<comment ref=\"")
          .append(col(col))
          .append(row + 1)
          .append("\" authorId=\"0\"><text><t>Officer note ")
          .append(i)
          .append("</t></text>")
          .append("</comment>");
      vml.append("<v:shape id=\"_x0000_s")
          .append(1025 + i)
          .append("\" type=\"#_x0000_t202\"")
          .append(" style=\"position:absolute;visibility:hidden\"><x:ClientData ObjectType=")
          .append("\"Note\"><x:Row>")
          .append(row)
          .append("</x:Row><x:Column>")
          .append(col)
          .append("</x:Column></x:ClientData></v:shape>");
    }
    HostilePackages p =
        workbook(1, "")
            .put(
                "xl/worksheets/sheet1.xml",
                sheet(
                    table(rows, r -> "Visits " + r, null, null), "<legacyDrawing r:id=\"rIdV\"/>"))
            .put("xl/comments1.xml", comments.append("</commentList></comments>").toString())
            .put("xl/drawings/vmlDrawing1.vml", vml.append("</xml>").toString())
            .put(
                "xl/worksheets/_rels/sheet1.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rIdC\" Type=\""
                    + REL
                    + "/comments\" Target="
                    + "\"../comments1.xml\"/><Relationship Id=\"rIdV\" Type=\""
                    + REL
                    + "/vmlDrawing\""
                    + " Target=\"../drawings/vmlDrawing1.vml\"/></Relationships>");
    types(
        p,
        "<Default Extension=\"vml\" ContentType=\"application/vnd.openxmlformats-"
            + "officedocument.vmlDrawing\"/><Override PartName=\"/xl/comments1.xml\" ContentType="
            + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml\"/>");
    return p.bytes();
  }

  /**
   * {@code branches} extensions after the table, each nested {@code depth} deep below the sheet's
   * extLst/ext (so its elements reach depth + 3): legal XML, kept as it is.
   */
  static byte[] deepNesting(int branches, int depth) {
    StringBuilder ext = new StringBuilder("<extLst>");
    for (int i = 0; i < branches; i++) {
      ext.append("<ext uri=\"{00000000-0000-0000-0000-")
          .append(String.format("%012d", i))
          .append("}\" xmlns:d=\"urn:deep\">")
          .append("<d:n>".repeat(depth))
          .append("</d:n>".repeat(depth))
          .append("</ext>");
    }
    return workbook(1, "")
        .put(
            "xl/worksheets/sheet1.xml",
            sheet(table(20, r -> "Visits " + r, null, null), ext.append("</extLst>").toString()))
        .bytes();
  }

  /** n sheets, each a table of three indicators. */
  static byte[] tinySheets(int n) {
    HostilePackages p = workbook(n, "");
    for (int i = 1; i <= n; i++) {
      p.put(
          "xl/worksheets/sheet" + i + ".xml", sheet(table(3, r -> "Visits " + r, null, null), ""));
    }
    return p.bytes();
  }

  /** n parts of one byte each beside a table of twenty indicators. */
  static byte[] tinyParts(int n) {
    HostilePackages p =
        workbook(1, "")
            .put("xl/worksheets/sheet1.xml", sheet(table(20, r -> "Visits " + r, null, null), ""));
    for (int i = 0; i < n; i++) {
      p.put("xl/media/part" + i + ".bin", new byte[] {(byte) i});
    }
    return p.bytes();
  }

  /**
   * A scorecard table as rows: a header (Ref, Indicator, Polarity, Unit, twelve months, Target,
   * Caveat) and indicators with the given titles, figures (or long text where given) and extras.
   */
  private static String table(
      int rows,
      IntFunction<String> title,
      IntFunction<String> longFigure,
      IntFunction<String> extra) {
    return table(rows, title, longFigure, extra, k -> 0);
  }

  /** The same table, the k-th figure cell (from 0) in the cell format {@code style(k)}. */
  private static String table(
      int rows,
      IntFunction<String> title,
      IntFunction<String> longFigure,
      IntFunction<String> extra,
      IntUnaryOperator style) {
    StringBuilder x =
        new StringBuilder("<row r=\"1\">")
            .append(cell("A", 1, "Ref"))
            .append(cell("B", 1, "Indicator"))
            .append(cell("C", 1, "Polarity"))
            .append(cell("D", 1, "Unit"));
    for (int m = 0; m < MONTHS.length; m++) {
      x.append(cell(col(4 + m), 1, MONTHS[m]));
    }
    x.append(cell("Q", 1, "Target")).append(cell("R", 1, "Caveat")).append("</row>");
    for (int r = 2; r <= rows + 1; r++) {
      x.append("<row r=\"")
          .append(r)
          .append("\">")
          .append(cell("A", r, "I" + r))
          .append(cell("B", r, title.apply(r)))
          .append(cell("C", r, "Higher is better"))
          .append(cell("D", r, "Number"));
      for (int m = 0; m < MONTHS.length; m++) {
        if (m == 5 && longFigure != null) {
          x.append(cell(col(4 + m), r, longFigure.apply(r)));
        } else {
          int s = style.applyAsInt((r - 2) * MONTHS.length + m);
          x.append("<c r=\"")
              .append(col(4 + m))
              .append(r)
              .append(s == 0 ? "\"" : "\" s=\"" + s + "\"")
              .append("><v>")
              .append(100 + (r * 7 + m * 13) % 50)
              .append("</v></c>");
        }
      }
      x.append("<c r=\"Q").append(r).append("\"><v>120</v></c>");
      x.append(extra == null ? "" : extra.apply(r)).append("</row>");
    }
    return x.toString();
  }

  private static String sheet(String rows, String tail) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
        + MAIN
        + "\" xmlns:r=\""
        + REL
        + "\"><sheetData>"
        + rows
        + "</sheetData>"
        + tail
        + "</worksheet>";
  }

  private static String cell(String col, int row, String s) {
    return "<c r=\"" + col + row + "\" t=\"inlineStr\"><is><t>" + s + "</t></is></c>";
  }

  private static String col(int c) {
    return c < 26 ? String.valueOf((char) ('A' + c)) : col(c / 26 - 1) + (char) ('A' + c % 26);
  }

  /** Adds a workbook-level part's relationship and content type. */
  private static void related(
      HostilePackages p, String type, String target, String part, String contentType) {
    String rels =
        text(p, "xl/_rels/workbook.xml.rels")
            .replace(
                "</Relationships>",
                "<Relationship Id=\"rIdX\" Type=\""
                    + REL
                    + "/"
                    + type
                    + "\" Target=\""
                    + target
                    + "\"/></Relationships>");
    p.put("xl/_rels/workbook.xml.rels", rels);
    types(p, "<Override PartName=\"" + part + "\" ContentType=\"" + contentType + "\"/>");
  }

  private static void types(HostilePackages p, String more) {
    p.put(
        "[Content_Types].xml",
        text(p, "[Content_Types].xml").replace("</Types>", more + "</Types>"));
  }

  private static String text(HostilePackages p, String part) {
    return new String(p.part(part), StandardCharsets.UTF_8);
  }
}
