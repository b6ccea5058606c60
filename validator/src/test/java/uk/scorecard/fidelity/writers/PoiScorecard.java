package uk.scorecard.fidelity.writers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFCreationHelper;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the writers corpus' scorecard (src/test/resources/writers/content.json) with Apache POI,
 * as a council's own Java tool would: {@code PoiScorecard CONTENT PNG OUT}. Run by make.sh there;
 * not a test.
 */
public final class PoiScorecard {
  private static final int[] WIDTHS = {8, 52, 16, 8, 8, 8, 8, 8, 10, 10, 8, 40};

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final String author;
  private final XSSFCellStyle header;

  private PoiScorecard(String author) {
    this.author = author;
    header = PoiCells.bold(wb, 11);
    header.setFillForegroundColor(PoiCells.rgb(0xD9D9D9));
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  /** Writes the workbook: content.json, the PNG for Lookups, and the output file. */
  public static void main(String[] args) throws IOException {
    JsonNode content = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    PoiScorecard w = new PoiScorecard(content.get("author").asText());
    w.wb.getProperties().getCoreProperties().setCreator(w.author);
    w.scorecard(content.get("scorecard"));
    w.detail(content.get("detail"));
    w.lookups(content.get("lookups"), Files.readAllBytes(Path.of(args[1])));
    try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
      w.wb.write(out);
    }
    w.wb.close();
  }

  private void scorecard(JsonNode s) {
    XSSFSheet ws = wb.createSheet(s.get("sheet").asText());
    JsonNode head = s.get("header");
    XSSFCell a1 = PoiCells.cell(ws, 0, 0, s.get("title"));
    a1.setCellStyle(PoiCells.bold(wb, 14));
    note(ws, a1, s.get("titleNote").asText());
    ws.addMergedRegion(new CellRangeAddress(0, 0, 0, head.size() - 1));
    for (int c = 4; c <= 6; c++) {
      PoiCells.cell(ws, 2, c, c == 4 ? s.get("group") : null).setCellStyle(header);
    }
    ws.addMergedRegion(new CellRangeAddress(2, 2, 4, 6));
    for (int c = 0; c < head.size(); c++) {
      PoiCells.cell(ws, 3, c, head.get(c)).setCellStyle(header);
    }
    JsonNode rows = s.get("rows");
    for (int k = 0; k < rows.size(); k++) {
      JsonNode ind = rows.get(k);
      int r = 4 + k;
      PoiCells.texts(ws, r, ind, "ref", "title", "polarity", "unit");
      XSSFCellStyle format = PoiCells.numberFormat(wb, ind.get("format").asText());
      for (int i = 0; i < 4; i++) {
        JsonNode v = i < 3 ? ind.get("figures").get(i) : ind.get("target");
        XSSFCell cell = PoiCells.cell(ws, r, 4 + i, v);
        if (v.isNumber()) {
          cell.setCellStyle(format);
        }
      }
      PoiCells.cell(ws, r, 8, ind.get("tolerance"));
      if (ind.has("caveat")) {
        PoiCells.cell(ws, r, 11, ind.get("caveat"));
      }
      if (ind.has("figureNote")) {
        JsonNode n = ind.get("figureNote");
        note(ws, ws.getRow(r).getCell(4 + n.get("month").asInt()), n.get("text").asText());
      }
    }
    int end = 4 + rows.size();
    XSSFCell source = PoiCells.cell(ws, end + 1, 0, s.get("source"));
    XSSFHyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
    link.setAddress(s.get("link").asText());
    source.setHyperlink(link);
    XSSFDataValidationHelper dv = new XSSFDataValidationHelper(ws);
    String[] polarities = new ObjectMapper().convertValue(s.get("polarities"), String[].class);
    ws.addValidationData(
        dv.createValidation(
            dv.createExplicitListConstraint(polarities),
            new CellRangeAddressList(4, end - 1, 2, 2)));
    var cf = ws.getSheetConditionalFormatting();
    var rule = cf.createConditionalFormattingRule(ComparisonOperator.LT, "0.5");
    rule.createPatternFormatting().setFillBackgroundColor(PoiCells.rgb(0xFFC7CE));
    cf.addConditionalFormatting(
        new CellRangeAddress[] {CellRangeAddress.valueOf("E5:G" + end)}, rule);
    var name = wb.createName();
    name.setNameName(s.get("definedName").asText());
    name.setRefersToFormula(s.get("sheet").asText() + "!$H$5:$H$" + end);
    for (int c = 0; c < WIDTHS.length; c++) {
      ws.setColumnWidth(c, WIDTHS[c] * 256);
    }
    ws.createFreezePane(0, 4);
  }

  private void detail(JsonNode d) {
    XSSFSheet ws = wb.createSheet(d.get("sheet").asText());
    JsonNode head = d.get("header");
    JsonNode periods = d.get("periods");
    int width = head.size() + 2 * periods.size();
    for (int c = 0; c < width; c++) {
      PoiCells.cell(ws, 0, c, c < head.size() ? head.get(c) : null).setCellStyle(header);
      PoiCells.cell(ws, 1, c, null).setCellStyle(header);
    }
    for (int i = 0; i < periods.size(); i++) {
      int first = head.size() + 2 * i;
      ws.getRow(0).getCell(first).setCellValue(periods.get(i).asText());
      ws.addMergedRegion(new CellRangeAddress(0, 0, first, first + 1));
      ws.getRow(1).getCell(first).setCellValue(d.get("subHeader").get(0).asText());
      ws.getRow(1).getCell(first + 1).setCellValue(d.get("subHeader").get(1).asText());
    }
    XSSFCellStyle percent = PoiCells.numberFormat(wb, "0%");
    XSSFCellStyle number = PoiCells.numberFormat(wb, "0");
    JsonNode rows = d.get("rows");
    for (int k = 0; k < rows.size(); k++) {
      JsonNode ind = rows.get(k);
      int r = 2 + k;
      PoiCells.texts(ws, r, ind, "ref", "title", "polarity");
      PoiCells.cell(ws, r, 3, ind.get("target")).setCellStyle(percent);
      for (int i = 0; i < periods.size(); i++) {
        JsonNode pair = ind.get("figures").get(i);
        PoiCells.cell(ws, r, 4 + 2 * i, pair.get(0)).setCellStyle(number);
        PoiCells.cell(ws, r, 5 + 2 * i, pair.get(1)).setCellStyle(percent);
      }
    }
    ws.setColumnWidth(1, 52 * 256);
    ws.setColumnWidth(2, 16 * 256);
  }

  private void lookups(JsonNode lk, byte[] png) {
    XSSFSheet ws = wb.createSheet(lk.get("sheet").asText());
    JsonNode head = lk.get("header");
    JsonNode rows = lk.get("rows");
    for (int c = 0; c < head.size(); c++) {
      PoiCells.cell(ws, 0, c, head.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < head.size(); c++) {
        PoiCells.cell(ws, r + 1, c, rows.get(r).get(c));
      }
    }
    XSSFTable table =
        ws.createTable(
            new AreaReference(
                new CellReference(0, 0),
                new CellReference(rows.size(), head.size() - 1),
                wb.getSpreadsheetVersion()));
    table.setName(lk.get("table").asText());
    table.setDisplayName(lk.get("table").asText());
    table.getCTTable().addNewTableStyleInfo().setName("TableStyleMedium2");
    table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
    ws.setColumnWidth(0, 18 * 256);
    ws.setColumnWidth(1, 34 * 256);
    CellReference at = new CellReference(lk.get("image").asText());
    XSSFDrawing drawing = ws.createDrawingPatriarch();
    XSSFClientAnchor anchor =
        drawing.createAnchor(
            0, 0, 0, 0, at.getCol(), at.getRow(), at.getCol() + 1, at.getRow() + 1);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
    drawing.createPicture(anchor, wb.addPicture(png, Workbook.PICTURE_TYPE_PNG));
  }

  private void note(XSSFSheet ws, XSSFCell cell, String text) {
    XSSFCreationHelper helper = wb.getCreationHelper();
    XSSFClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 4);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 3);
    XSSFComment comment = ws.createDrawingPatriarch().createCellComment(anchor);
    comment.setString(helper.createRichTextString(text));
    comment.setAuthor(author);
    cell.setCellComment(comment);
  }
}
