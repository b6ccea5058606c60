package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * A small workbook with one of each thing we promise to keep, built in code, and ways to edit it.
 */
final class SampleWorkbook {

  private SampleWorkbook() {}

  /** The sample as .xlsx bytes. */
  static byte[] xlsx() {
    return save(build(new XSSFWorkbook()));
  }

  /** The sample as macro-enabled .xlsm bytes (no macros in it, but the .xlsm content type). */
  static byte[] xlsm() {
    return save(build(new XSSFWorkbook(XSSFWorkbookType.XLSM)));
  }

  /** The sample as legacy .xls bytes. */
  static byte[] xls() {
    return save(build(new HSSFWorkbook()));
  }

  /** Opens the bytes with POI, applies the change and saves: POI rewrites every part it loaded. */
  static byte[] edit(byte[] workbook, Consumer<Workbook> change) {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      change.accept(wb);
      return save(wb);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sheet "Data" (values, formulas, styles, merge, rules, comment, link, pane) and hidden "Lookup".
   */
  static Workbook build(Workbook wb) {
    Sheet data = wb.createSheet("Data");
    row(data, 0, "Area", "Value", "Double", "Check");
    row(data, 1, "North", 12.5, "=B2*2", "=1/0");
    row(data, 2, "South", 7.0, "=B3*2", true);
    row(data, 4, "Notes merged across three columns");
    data.addMergedRegion(CellRangeAddress.valueOf("A5:C5"));
    styles(wb, data);
    validation(data);
    conditionalFormat(data);
    comment(wb, data.getRow(1).getCell(1), "Checked by finance", "Officer");
    link(wb, data.getRow(2).getCell(0), "https://www.gov.uk/");
    data.createFreezePane(0, 1);
    data.setColumnWidth(0, 20 * 256);
    wb.setPrintArea(0, "$A$1:$C$5");
    name(wb, "Threshold", "Data!$B$2", -1);
    name(wb, "LocalNote", "Data!$A$5", 0);
    wb.createSheet("Lookup").createRow(0).createCell(0).setCellValue("Hidden list");
    wb.setSheetHidden(1, true);
    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
    return wb;
  }

  private static void row(Sheet sheet, int r, Object... values) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < values.length; c++) {
      Cell cell = row.createCell(c);
      if (values[c] instanceof String s && s.startsWith("=")) {
        cell.setCellFormula(s.substring(1));
      } else if (values[c] instanceof String s) {
        cell.setCellValue(s);
      } else if (values[c] instanceof Double d) {
        cell.setCellValue(d);
      } else {
        cell.setCellValue((Boolean) values[c]);
      }
    }
  }

  private static void styles(Workbook wb, Sheet data) {
    Font bold = wb.createFont();
    bold.setBold(true);
    CellStyle header = wb.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    data.getRow(0).forEach(c -> c.setCellStyle(header));
    CellStyle value = wb.createCellStyle();
    value.setDataFormat(wb.createDataFormat().getFormat("0.0"));
    value.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
    value.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    data.getRow(1).getCell(1).setCellStyle(value);
    data.getRow(2).getCell(1).setCellStyle(value);
  }

  private static void validation(Sheet data) {
    DataValidationHelper h = data.getDataValidationHelper();
    DataValidation v =
        h.createValidation(
            h.createDecimalConstraint(OperatorType.BETWEEN, "0", "100"),
            new CellRangeAddressList(1, 2, 1, 1));
    v.setShowErrorBox(true);
    data.addValidationData(v);
  }

  private static void conditionalFormat(Sheet data) {
    var cf = data.getSheetConditionalFormatting();
    ConditionalFormattingRule rule =
        cf.createConditionalFormattingRule(ComparisonOperator.GT, "10");
    rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.RED.getIndex());
    cf.addConditionalFormatting(new CellRangeAddress[] {CellRangeAddress.valueOf("B2:B3")}, rule);
  }

  /** Puts a comment with this text and author on the cell. */
  static void comment(Workbook wb, Cell cell, String text, String author) {
    CreationHelper helper = wb.getCreationHelper();
    ClientAnchor anchor = helper.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 3);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 3);
    Comment comment = cell.getSheet().createDrawingPatriarch().createCellComment(anchor);
    comment.setString(helper.createRichTextString(text));
    comment.setAuthor(author);
    cell.setCellComment(comment);
  }

  private static void link(Workbook wb, Cell cell, String url) {
    Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.URL);
    link.setAddress(url);
    cell.setHyperlink(link);
  }

  private static void name(Workbook wb, String name, String refersTo, int sheetIndex) {
    Name n = wb.createName();
    if (sheetIndex >= 0) {
      n.setSheetIndex(sheetIndex);
    }
    n.setNameName(name);
    n.setRefersToFormula(refersTo);
  }

  /** The workbook's bytes as POI writes them. */
  static byte[] save(Workbook wb) {
    try (wb;
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
