package uk.scorecard.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small workbooks built in code, good and hostile, for the HTTP and browser tests. */
final class TestWorkbooks {
  private TestWorkbooks() {}

  /** Row 3 (CP 2) is Red: 60% against a 95% target with 5pp tolerance. */
  static final String RED_ID = "CP 2";

  /** Row 6 (CIN 7) holds 112%, an impossible percentage, in cell F6. */
  static final String IMPOSSIBLE_CELL = "F6";

  /**
   * A scorecard on sheet {@code Scorecard}: Ref, Indicator, Polarity, Unit, Jun-19, Jul-19 (real
   * dates shown mmm-yy), Target, Tolerance, Change, RAG, Caveat. One Green, one Red, one Amber, one
   * Grey (not rated) and one with an impossible 112%, which is in error and so Grey too.
   */
  static byte[] scorecard() {
    return table(
        LocalDate.of(2019, 6, 1),
        (s, pct) -> {
          row(
              s,
              1,
              pct,
              "CIN 4",
              "Assessments completed within 45 days",
              "Higher is better",
              "%",
              0.82,
              0.97,
              0.95,
              "5pp",
              null);
          row(
              s,
              2,
              pct,
              RED_ID,
              "Child protection plans reviewed on time",
              "Higher is better",
              "%",
              0.91,
              0.60,
              0.95,
              "5pp",
              "Data reported one month in arrears");
          row(
              s,
              3,
              null,
              "W 1",
              "Average caseload per social worker",
              "Lower is better",
              "Average",
              19.0,
              20.2,
              20.0,
              "10%",
              null);
          row(
              s,
              4,
              null,
              "LAC 1",
              "Number of children in care",
              "Not rated",
              "Number",
              838.0,
              842.0,
              null,
              null,
              null);
          row(
              s,
              5,
              pct,
              "CIN 7",
              "Re-referrals within 12 months",
              "Lower is better",
              "%",
              0.21,
              1.12,
              0.20,
              "5pp",
              null);
        });
  }

  /**
   * Last month's scorecard to {@link #scorecard()}'s: May-19 and Jun-19. CIN 4 was Red (82%, now
   * Green at 97%); CP 2's Jun-19 was 90%, restated this month as 91%; W 1 was Green (19.0, now
   * Amber at 20.2); OLD 1 is not in this month's.
   */
  static byte[] lastMonth() {
    return table(
        LocalDate.of(2019, 5, 1),
        (s, pct) -> {
          row(
              s,
              1,
              pct,
              "CIN 4",
              "Assessments completed within 45 days",
              "Higher is better",
              "%",
              0.80,
              0.82,
              0.95,
              "5pp",
              null);
          row(
              s,
              2,
              pct,
              RED_ID,
              "Child protection plans reviewed on time",
              "Higher is better",
              "%",
              0.93,
              0.90,
              0.95,
              "5pp",
              "Data reported one month in arrears");
          row(
              s,
              3,
              null,
              "W 1",
              "Average caseload per social worker",
              "Lower is better",
              "Average",
              18.5,
              19.0,
              20.0,
              "10%",
              null);
          row(
              s,
              4,
              null,
              "LAC 1",
              "Number of children in care",
              "Not rated",
              "Number",
              830.0,
              838.0,
              null,
              null,
              null);
          row(
              s,
              5,
              pct,
              "CIN 7",
              "Re-referrals within 12 months",
              "Lower is better",
              "%",
              0.22,
              0.21,
              0.20,
              "5pp",
              null);
          row(
              s,
              6,
              pct,
              "OLD 1",
              "Visits within 10 working days",
              "Higher is better",
              "%",
              0.70,
              0.75,
              0.80,
              "5pp",
              null);
        });
  }

  /** The rows of a scorecard, given its sheet and a percentage style. */
  private interface Rows {
    void add(Sheet sheet, CellStyle pct);
  }

  /**
   * A scorecard on sheet {@code Scorecard}: Ref, Indicator, Polarity, Unit, two months from {@code
   * first} (real dates shown mmm-yy), Target, Tolerance, Change, RAG, Caveat.
   */
  private static byte[] table(LocalDate first, Rows rows) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle month = wb.createCellStyle();
      month.setDataFormat(wb.createDataFormat().getFormat("mmm-yy"));
      CellStyle pct = wb.createCellStyle();
      pct.setDataFormat(wb.createDataFormat().getFormat("0%"));
      Sheet s = wb.createSheet("Scorecard");
      Row h = s.createRow(0);
      String[] heads = {
        "Ref",
        "Indicator",
        "Polarity",
        "Unit",
        null,
        null,
        "Target",
        "Tolerance",
        "Change",
        "RAG",
        "Caveat"
      };
      for (int c = 0; c < heads.length; c++) {
        if (heads[c] != null) {
          h.createCell(c).setCellValue(heads[c]);
        }
      }
      h.createCell(4).setCellValue(first);
      h.getCell(4).setCellStyle(month);
      h.createCell(5).setCellValue(first.plusMonths(1));
      h.getCell(5).setCellStyle(month);
      rows.add(s, pct);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void row(
      Sheet s,
      int r,
      CellStyle style,
      String id,
      String title,
      String polarity,
      String unit,
      double jun,
      double jul,
      Double target,
      String tolerance,
      String caveat) {
    Row row = s.createRow(r);
    row.createCell(0).setCellValue(id);
    row.createCell(1).setCellValue(title);
    row.createCell(2).setCellValue(polarity);
    row.createCell(3).setCellValue(unit);
    row.createCell(4).setCellValue(jun);
    row.createCell(5).setCellValue(jul);
    if (target != null) {
      row.createCell(6).setCellValue(target);
    }
    if (tolerance != null) {
      row.createCell(7).setCellValue(tolerance);
    }
    if (caveat != null) {
      row.createCell(10).setCellValue(caveat);
    }
    if (style != null) {
      for (int c : new int[] {4, 5, 6}) {
        if (row.getCell(c) != null) {
          row.getCell(c).setCellStyle(style);
        }
      }
    }
  }

  /**
   * A scorecard of {@code rows} indicators over 12 months (text headings Jan-24 to Dec-24), its
   * package XML written straight into a zip: long enough to read that a time limit of a fraction of
   * a second passes while the library is still reading.
   */
  static byte[] longTable(int rows) {
    String ns = "http://schemas.openxmlformats.org/";
    StringBuilder sheet =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
                + " xmlns=\""
                + ns
                + "spreadsheetml/2006/main\"><sheetData>");
    List<String> heads = new ArrayList<>(List.of("Ref", "Indicator", "Polarity", "Unit"));
    for (String m :
        new String[] {
          "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
        }) {
      heads.add(m + "-24");
    }
    heads.addAll(List.of("Target", "Tolerance"));
    sheet.append("<row r=\"1\">");
    for (String h : heads) {
      sheet.append("<c t=\"inlineStr\"><is><t>").append(h).append("</t></is></c>");
    }
    sheet.append("</row>");
    for (int r = 2; r <= rows + 1; r++) {
      sheet
          .append("<row r=\"")
          .append(r)
          .append("\"><c t=\"inlineStr\"><is><t>IND ")
          .append(r)
          .append("</t></is></c><c t=\"inlineStr\"><is><t>Indicator ")
          .append(r)
          .append(
              "</t></is></c><c t=\"inlineStr\"><is><t>Higher is better</t></is></c>"
                  + "<c t=\"inlineStr\"><is><t>Number</t></is></c>");
      for (int m = 0; m < 12; m++) {
        sheet.append("<c><v>").append(100 + (r * 7 + m * 13) % 50).append("</v></c>");
      }
      sheet.append("<c><v>120</v></c><c t=\"inlineStr\"><is><t>10%</t></is></c></row>");
    }
    sheet.append("</sheetData></worksheet>");
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
            + ns
            + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
            + "application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
            + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
            + "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
            + ".worksheet+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
            + ns
            + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
            + ns
            + "officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
            + ns
            + "spreadsheetml/2006/main\" xmlns:r=\""
            + ns
            + "officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Scorecard\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\""
            + ns
            + "package/2006/relationships\"><Relationship Id=\"rId1\""
            + " Type=\""
            + ns
            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
            + "sheet1.xml\"/></Relationships>");
    parts.put("xl/worksheets/sheet1.xml", sheet.toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(p.getKey()));
        zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** A workbook with one sheet of prose and no indicator table. */
  static byte[] noTable() {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Minutes of the board");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The scorecard, password-protected the way Excel does it (an OLE2 file holding it encrypted).
   */
  static byte[] encrypted() {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(scorecard());
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The scorecard with a billion-laughs DTD put in front of its shared strings. */
  static byte[] withDtd() {
    String dtd = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>";
    return rewrite(
        scorecard(), "xl/sharedStrings.xml", xml -> xml.replaceFirst("\\?>", "?>" + dtd));
  }

  /**
   * A valid workbook zip with one extra part of {@code mb} megabytes of zeros: it packs ~1000:1.
   */
  static byte[] zipBomb(int mb) {
    return rewrite(scorecard(), null, null, "xl/media/padding.bin", new byte[mb * 1024 * 1024]);
  }

  /** The scorecard with one more part holding these bytes. */
  static byte[] withPart(String name, byte[] content) {
    return rewrite(scorecard(), null, null, name, content);
  }

  /** The first half of the scorecard's bytes: a zip with no central directory. */
  static byte[] truncated() {
    byte[] full = scorecard();
    return java.util.Arrays.copyOf(full, full.length / 2);
  }

  /** A zip that looks like an OpenDocument spreadsheet (.ods). */
  static byte[] ods() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write(
          "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] rewrite(
      byte[] xlsx, String part, java.util.function.UnaryOperator<String> edit) {
    return rewrite(xlsx, part, edit, null, null);
  }

  private static byte[] rewrite(
      byte[] xlsx,
      String part,
      java.util.function.UnaryOperator<String> edit,
      String extraName,
      byte[] extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(part)) {
          data =
              edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
      }
      if (extraName != null) {
        zip.putNextEntry(new ZipEntry(extraName));
        zip.write(extra);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
