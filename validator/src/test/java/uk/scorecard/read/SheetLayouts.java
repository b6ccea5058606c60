package uk.scorecard.read;

import static uk.scorecard.fixtures.Value.count;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.ReadWorkbook.Format;

/** Workbooks whose sheets hold more than one table, or none, or come in other containers. */
final class SheetLayouts {

  private SheetLayouts() {}

  /** An overview table, then a 13-month detail table lower on the same sheet. */
  static byte[] overviewThenDetail() {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Overview")
            .row("Ref", "Indicator", month(2019, 6), month(2019, 7), "Target")
            .row(
                "CL 3",
                "Care leavers with an up to date pathway plan",
                pct(0.81),
                pct(0.84),
                pct(0.95))
            .blank()
            .row("Detail: last 13 months")
            .row(detailHeader("Indicator number", "Indicator name"));
    b.row(detailRow("CL 3", "Care leavers with an up to date pathway plan", 0.8));
    return b.bytes();
  }

  /** The same overview and detail tables on two sheets. */
  static byte[] overviewAndDetailSheets() {
    return WorkbookBuilder.scorecard()
        .row("Ref", "Indicator", month(2019, 6), month(2019, 7), "Target")
        .row(
            "CL 3", "Care leavers with an up to date pathway plan", pct(0.81), pct(0.84), pct(0.95))
        .sheet("Detail")
        .row(detailHeader("Indicator number", "Indicator name"))
        .row(detailRow("CL 3", "Care leavers with an up to date pathway plan", 0.8))
        .bytes();
  }

  /** Two tables side by side on the same rows, the second from column G. */
  static byte[] sideBySide() {
    return WorkbookBuilder.scorecard()
        .row(
            "Ref",
            "Indicator",
            month(2019, 6),
            month(2019, 7),
            "Target",
            null,
            "Indicator number",
            "Indicator name",
            month(2019, 6),
            month(2019, 7))
        .row(
            "FD 7",
            "Contacts",
            count(410),
            count(388),
            count(400),
            null,
            "FD 7",
            "Contacts",
            count(410),
            count(388))
        .bytes();
  }

  /** Region subtotals in capitals and a Total row among the rows, and numbered notes below. */
  static byte[] subtotalsAndNotes() {
    return WorkbookBuilder.scorecard()
        .row("Indicator name", "Q1 2022/23", "Q2 2022/23")
        .row("ALL LOCAL AUTHORITIES", count(3270), count(3280))
        .row("NORTH EAST", count(220), count(210))
        .row("Children waiting: Darlington", count(9), "c")
        .row("Children waiting: Durham", count(46), count(43))
        .row("Total", count(55), count(43))
        .blank()
        .row("1", "Figures are rounded to the nearest 10.")
        .row("Notes:", "c = suppressed, a small number hidden to protect individuals")
        .bytes();
  }

  /** Merton's panel index: numbered indicators with BRAG ratings and data caveats. */
  static byte[] numberedWithBrag() {
    return WorkbookBuilder.scorecard()
        .row("No.", "Indicator", "Q3 2019/20", "Q4 2019/20", "BRAG", "Data caveat")
        .row(1, "Contacts progressing to referral", pct(0.31), pct(0.28), "B", null)
        .row(
            2,
            "Re-referrals within 12 months",
            pct(0.19),
            pct(0.21),
            "A",
            "Small numbers this quarter")
        .bytes();
  }

  /** A legacy .xls with a simple monthly table. */
  static byte[] legacyXls() {
    try (HSSFWorkbook wb = new HSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("Scorecard");
      fill(s, List.of("Ref", "Indicator", "Jun-19", "Jul-19", "Target"));
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("FD 7");
      r.createCell(1).setCellValue("% of contacts with a decision within 1 working day");
      r.createCell(2).setCellValue(76);
      r.createCell(3).setCellValue(85);
      r.createCell(4).setCellValue(95);
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A workbook, macro-enabled workbook or template with a simple monthly table. */
  static byte[] ooxml(Format format) {
    XSSFWorkbookType type = format == Format.XLSM ? XSSFWorkbookType.XLSM : XSSFWorkbookType.XLSX;
    try (XSSFWorkbook wb = new XSSFWorkbook(type);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("Scorecard");
      fill(s, List.of("Ref", "Indicator", "Jun-19", "Jul-19"));
      Row r = s.createRow(1);
      r.createCell(0).setCellValue("FD 7");
      r.createCell(1).setCellValue("Contacts");
      r.createCell(2).setCellValue(410);
      r.createCell(3).setCellValue(388);
      wb.write(out);
      return format == Format.XLTX ? asTemplate(out.toByteArray()) : out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** POI writes no templates: the same package with the template's content type. */
  private static byte[] asTemplate(byte[] xlsx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("[Content_Types].xml")) {
          data =
              new String(data, StandardCharsets.UTF_8)
                  .replace("spreadsheetml.sheet.main+xml", "spreadsheetml.template.main+xml")
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(data);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static void fill(Sheet s, List<String> headers) {
    Row h = s.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      h.createCell(c).setCellValue(headers.get(c));
    }
  }

  /** Id, title, Jul-18 to Jul-19, Target. */
  private static Object[] detailHeader(String id, String title) {
    List<Object> cells = new ArrayList<>(List.of(id, title));
    for (int m = 0; m < 13; m++) {
      cells.add(month(2018 + (6 + m) / 12, (6 + m) % 12 + 1));
    }
    cells.add("Target");
    return cells.toArray();
  }

  /** Blank for the first four months, figures to Jun-19, "TBC *" for Jul-19, then the target. */
  private static Object[] detailRow(String id, String title, double target) {
    List<Object> cells = new ArrayList<>(List.of(id, title));
    for (int m = 0; m < 13; m++) {
      cells.add(m < 4 ? null : m == 12 ? "TBC *" : pct(0.7 + m / 100.0));
    }
    cells.add(pct(target));
    return cells.toArray();
  }
}
