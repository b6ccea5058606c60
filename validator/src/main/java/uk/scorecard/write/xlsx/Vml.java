package uk.scorecard.write.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.CellRef;

/**
 * The legacy drawing that shows notes in Excel. Excel's VML is not always well-formed XML, so it is
 * edited as text: note shapes are found by their anchor cell, removed or added, the rest untouched.
 */
final class Vml {

  /** A shape with the indent before it and the line break after, so removing it leaves no trace. */
  static final Pattern SHAPE =
      Pattern.compile("[ \\t]*<v:shape\\b.*?</v:shape>\\r?\\n?", Pattern.DOTALL);

  private static final Pattern ROW = Pattern.compile("<x:Row>\\s*(\\d+)\\s*</x:Row>");
  private static final Pattern COL = Pattern.compile("<x:Column>\\s*(\\d+)\\s*</x:Column>");
  private static final Pattern SPID = Pattern.compile("_x0000_s(\\d+)");

  private static final String HEAD =
      "<xml xmlns:v=\"urn:schemas-microsoft-com:vml\""
          + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
          + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n"
          + " <o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"";
  private static final String HEAD_END = "\"/></o:shapelayout>\n";
  private static final String SHAPETYPE =
      " <v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\""
          + " o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>"
          + "<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>\n";

  private Vml() {}

  /** A new drawing for a sheet that had no notes; {@code block} keeps shape ids unique. */
  static String empty(int block) {
    // Concatenated, not String.format: a Formatter loads the JDK's locale data for its digits.
    return HEAD + block + HEAD_END + SHAPETYPE + "</xml>";
  }

  private static final String DECLARE =
      " xmlns:v=\"urn:schemas-microsoft-com:vml\""
          + " xmlns:o=\"urn:schemas-microsoft-com:office:office\""
          + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"";

  /** The drawing with note shapes removed from some cells and added to others. */
  static byte[] apply(byte[] original, Set<String> remove, Set<String> add, int block) {
    String vml = new String(original, StandardCharsets.UTF_8);
    StringBuilder kept = new StringBuilder();
    Matcher m = SHAPE.matcher(vml);
    int last = 0;
    while (m.find()) {
      kept.append(vml, last, m.start());
      String shape = m.group();
      String cell = cellOf(shape);
      boolean drop =
          cell != null
              && shape.contains("ObjectType=\"Note\"")
              && (remove.contains(cell) || add.contains(cell));
      if (!drop) {
        kept.append(shape);
      }
      last = m.end();
    }
    kept.append(vml.substring(last));
    String out = kept.toString();
    // Another writer's drawing may bind the VML namespaces to other prefixes (openpyxl: ns0,
    // ns1...): then what we add declares v, o and x itself.
    boolean usual = declaresUsualPrefixes(out);
    if (!out.contains("_x0000_t202")) {
      out = insertBeforeEnd(out, usual ? SHAPETYPE : declared(SHAPETYPE));
    }
    int next = Math.max(nextId(out), block * 1024 + 1);
    StringBuilder shapes = new StringBuilder();
    for (String cell : add) {
      String shape = shape(next++, CellRef.rowOf(cell), CellRef.columnOf(cell));
      shapes.append(usual ? shape : declared(shape));
    }
    return insertBeforeEnd(out, shapes.toString()).getBytes(StandardCharsets.UTF_8);
  }

  /** True when the drawing's root binds v, o and x to the VML namespaces, as Excel writes it. */
  private static boolean declaresUsualPrefixes(String vml) {
    int end = vml.indexOf('>', vml.indexOf("<xml"));
    String root = end < 0 ? "" : vml.substring(0, end);
    return root.contains("xmlns:v=\"urn:schemas-microsoft-com:vml\"")
        && root.contains("xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
        && root.contains("xmlns:x=\"urn:schemas-microsoft-com:office:excel\"");
  }

  /** An element of ours with the VML prefixes it uses declared on it. */
  private static String declared(String element) {
    int space = element.indexOf(' ', element.indexOf('<'));
    return element.substring(0, space) + DECLARE + element.substring(space);
  }

  private static String insertBeforeEnd(String vml, String text) {
    int end = vml.lastIndexOf("</xml>");
    return end < 0 ? vml + text : vml.substring(0, end) + text + vml.substring(end);
  }

  /** The cell a note shape is anchored to, in A1 form, or null. */
  static @Nullable String cellOf(String shape) {
    Matcher r = ROW.matcher(shape);
    Matcher c = COL.matcher(shape);
    if (!r.find() || !c.find()) {
      return null;
    }
    return CellRef.a1(Integer.parseInt(r.group(1)), Integer.parseInt(c.group(1)));
  }

  private static int nextId(String vml) {
    Matcher m = SPID.matcher(vml);
    int max = 0;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max + 1;
  }

  private static String shape(int id, int row, int col) {
    return " <v:shape id=\"_x0000_s"
        + id
        + "\" type=\"#_x0000_t202\""
        + " style=\"position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:216pt;"
        + "height:79.5pt;z-index:"
        + id
        + ";visibility:hidden\" fillcolor=\"#ffffe1\""
        + " o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
        + "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
        + "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div>"
        + "</v:textbox><x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>"
        + "<x:Anchor>"
        + (col + 1)
        + ", 15, "
        + row
        + ", 2, "
        + (col + 5)
        + ", 15, "
        + (row + 5)
        + ", 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>"
        + row
        + "</x:Row><x:Column>"
        + col
        + "</x:Column></x:ClientData></v:shape>\n";
  }
}
