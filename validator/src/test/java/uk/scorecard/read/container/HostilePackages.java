package uk.scorecard.read.container;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small .xlsx packages written part by part, so a test can make each one hostile in one way. */
public final class HostilePackages {

  public static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private final Map<String, byte[]> parts = new LinkedHashMap<>();
  private final Map<String, Boolean> stored = new LinkedHashMap<>();
  private int sheets;

  /** A workbook with {@code count} sheets, each holding {@code sheetData}, and nothing else. */
  public static HostilePackages workbook(int count, String sheetData) {
    HostilePackages p = new HostilePackages();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
                + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\""
                + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
                + " Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
    StringBuilder book =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                + MAIN
                + "\" xmlns:r=\""
                + REL
                + "\"><sheets>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                + " xmlns=\""
                + PKG_REL
                + "\">");
    for (int i = 1; i <= count; i++) {
      types
          .append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType="
                  + "\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
      book.append("<sheet name=\"S")
          .append(i)
          .append("\" sheetId=\"")
          .append(i)
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
      rels.append("<Relationship Id=\"rId")
          .append(i)
          .append("\" Type=\"")
          .append(REL)
          .append("/worksheet\" Target=\"worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
    }
    rels.append("<Relationship Id=\"rIdS\" Type=\"")
        .append(REL)
        .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
    types.append(
        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
    p.put("[Content_Types].xml", types.toString());
    p.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + PKG_REL
            + "\"><Relationship Id=\"rId1\" Type=\""
            + REL
            + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    p.put("xl/workbook.xml", book.append("</sheets></workbook>").toString());
    p.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    p.put("xl/sharedStrings.xml", sst("Ref"));
    p.sheets = count;
    for (int i = 1; i <= count; i++) {
      p.put("xl/worksheets/sheet" + i + ".xml", sheet(sheetData));
    }
    return p;
  }

  /** Worksheet XML around some {@code <row>}s. */
  public static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
        + MAIN
        + "\"><sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  /** A shared-string table holding these strings. */
  public static String sst(String... strings) {
    StringBuilder s =
        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">");
    for (String t : strings) {
      s.append("<si><t>").append(t).append("</t></si>");
    }
    return s.append("</sst>").toString();
  }

  /** Replaces or adds a part. */
  public HostilePackages put(String name, String xml) {
    return put(name, xml.getBytes(StandardCharsets.UTF_8));
  }

  public HostilePackages put(String name, byte[] content) {
    parts.put(name, content);
    return this;
  }

  /** Adds a part stored without compression, so its size is its packed size. */
  public HostilePackages putStored(String name, String xml) {
    stored.put(name, true);
    return put(name, xml);
  }

  public int sheets() {
    return sheets;
  }

  public byte[] part(String name) {
    return parts.get(name);
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(1); // fast: some of these parts are large
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        if (stored.containsKey(e.getKey())) {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCompressedSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
