package uk.scorecard.write.xls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.hpsf.DocumentSummaryInformation;
import org.apache.poi.hpsf.SummaryInformation;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.CellWrite;
import uk.scorecard.write.plan.ChecksContent;
import uk.scorecard.write.plan.NotKept;
import uk.scorecard.write.plan.Plan;
import uk.scorecard.write.plan.WrapHeight;

/**
 * Writes a legacy .xls back as .xls. These workbooks are small, so POI's object model is used;
 * every other stream in the file (macros, properties) is carried over as it was.
 */
public final class XlsWriter {

  private XlsWriter() {}

  /** The rated .xls, checked against the original before it is handed back. */
  public static byte[] write(byte[] original, Plan plan, Report report)
      throws IOException, NotKept {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(original));
        HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
      XlsStyles styles = new XlsStyles(wb);
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        HSSFSheet sheet = wb.getSheetAt(i);
        if (plan.touches(sheet.getSheetName())) {
          plan.widths(sheet.getSheetName())
              .forEach((c, w) -> sheet.setColumnWidth(c, (int) (w * 256)));
          writeCells(sheet, plan.cells(sheet.getSheetName()), styles);
          XlsNotes.apply(sheet, plan.notes(sheet.getSheetName()));
          XlsMarks.apply(sheet, plan.notes(sheet.getSheetName()));
          if (!plan.live(sheet.getSheetName()).isEmpty()) {
            XlsLive.apply(sheet, plan.live(sheet.getSheetName()), plan.liveRatings());
          }
        }
      }
      String checks =
          XlsChecksSheet.write(
              wb, ChecksContent.rows(report, plan.heading()), plan.heading(), styles);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      byte[] rated = withOriginalProperties(out.toByteArray(), fs);
      XlsKept.check(original, rated, plan, checks);
      return rated;
    }
  }

  /**
   * POI writes the document properties streams anew, re-encoding them; the officer's own streams go
   * back in byte for byte, as every stream but the workbook should.
   */
  private static byte[] withOriginalProperties(byte[] written, POIFSFileSystem original)
      throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(written))) {
      for (String name :
          List.of(
              SummaryInformation.DEFAULT_STREAM_NAME,
              DocumentSummaryInformation.DEFAULT_STREAM_NAME)) {
        if (original.getRoot().hasEntry(name)) {
          try (DocumentInputStream in = original.createDocumentInputStream(name)) {
            fs.getRoot().createOrUpdateDocument(name, new ByteArrayInputStream(in.readAllBytes()));
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(written.length);
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static void writeCells(
      HSSFSheet sheet, Map<Integer, Map<Integer, CellWrite>> cells, XlsStyles styles) {
    for (var rowEntry : cells.entrySet()) {
      Row row = sheet.getRow(rowEntry.getKey());
      if (row == null) {
        row = sheet.createRow(rowEntry.getKey());
      }
      for (CellWrite w : rowEntry.getValue().values()) {
        Cell cell = row.getCell(w.col());
        if (cell == null) {
          cell = row.createCell(w.col());
        }
        Cell left = w.col() > 0 ? row.getCell(w.col() - 1) : null;
        styles.apply(cell, w, left);
        if (w.text().isEmpty()) {
          cell.setBlank();
        } else {
          cell.setCellValue(w.text());
        }
        if (w.look() == CellWrite.Look.WRAP) {
          float need =
              (float)
                  WrapHeight.points(
                      WrapHeight.lines(w.text(), sheet.getColumnWidth(w.col()) / 256.0));
          row.setHeightInPoints(Math.max(row.getHeightInPoints(), need));
        }
      }
    }
  }

  static List<String> sheetNames(HSSFWorkbook wb) {
    return java.util.stream.IntStream.range(0, wb.getNumberOfSheets())
        .mapToObj(wb::getSheetName)
        .toList();
  }
}
