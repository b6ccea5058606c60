package uk.scorecard.robust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Lays text out as a one-sheet .xlsx: a row per line, a cell per tab-separated field; a field that
 * looks like a number becomes a number cell, anything else an inline string. Written part by part
 * so each fuzz input costs microseconds, not a POI workbook.
 */
final class TextGrid {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private TextGrid() {}

  /** True when the bytes start like a zip or OLE2 file. */
  static boolean isWorkbook(byte[] b) {
    return b.length >= 4
        && (b[0] == 'P' && b[1] == 'K' || (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF);
  }

  static byte[] xlsx(byte[] text) {
    String[] lines = new String(text, StandardCharsets.UTF_8).split("\n", 200);
    StringBuilder rows = new StringBuilder();
    for (int r = 0; r < lines.length; r++) {
      rows.append("<row r=\"").append(r + 1).append("\">");
      String[] fields = lines[r].split("\t", 30);
      for (String f : fields) {
        rows.append(cell(f));
      }
      rows.append("</row>");
    }
    return zip(
        "[Content_Types].xml",
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats"
            + "-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
            + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
            + "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
            + "worksheet+xml\"/></Types>",
        "_rels/.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
            + "relationships\"><Relationship Id=\"rId1\" Type=\""
            + REL
            + "/officeDocument\" Target="
            + "\"xl/workbook.xml\"/></Relationships>",
        "xl/workbook.xml",
        "<workbook xmlns=\""
            + MAIN
            + "\" xmlns:r=\""
            + REL
            + "\"><sheets><sheet"
            + " name=\"Scorecard\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        "xl/_rels/workbook.xml.rels",
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/"
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
            + REL
            + "/worksheet\""
            + " Target=\"worksheets/sheet1.xml\"/></Relationships>",
        "xl/worksheets/sheet1.xml",
        "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>");
  }

  private static String cell(String field) {
    if (field.matches("-?\\d{1,12}(\\.\\d{1,12})?(E-?\\d{1,3})?")) {
      return "<c><v>" + field + "</v></c>";
    }
    return "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(field) + "</t></is></c>";
  }

  /** XML 1.0 text: escaped markup, and characters XML cannot hold dropped. */
  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || c >= 0x20 && c <= 0xD7FF
                      || c >= 0xE000 && c <= 0xFFFD
                      || c >= 0x10000) {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    return b.toString();
  }

  private static byte[] zip(String... nameAndText) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < nameAndText.length; i += 2) {
        zip.putNextEntry(new ZipEntry(nameAndText[i]));
        zip.write(nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
