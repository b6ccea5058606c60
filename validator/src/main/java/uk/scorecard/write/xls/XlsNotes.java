package uk.scorecard.write.xls;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.hssf.usermodel.HSSFClientAnchor;
import org.apache.poi.hssf.usermodel.HSSFComment;
import org.apache.poi.hssf.usermodel.HSSFPatriarch;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.util.CellAddress;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.Plan;

/** Notes on problem cells in an .xls: ours replaced each run, an officer's kept with ours below. */
final class XlsNotes {

  private XlsNotes() {}

  static void apply(HSSFSheet sheet, List<Plan.Note> notes) {
    Map<CellAddress, HSSFComment> existing = new TreeMap<>(sheet.getCellComments());
    HSSFPatriarch drawing = sheet.createDrawingPatriarch();
    for (var e : existing.entrySet()) {
      HSSFComment c = e.getValue();
      if (Marks.AUTHOR.equals(c.getAuthor())) {
        drawing.removeShape(c);
      } else {
        String officer = officersText(c.getString().getString());
        if (!officer.equals(c.getString().getString())) {
          c.setString(new HSSFRichTextString(officer));
        }
      }
    }
    Map<CellAddress, String> byCell = new TreeMap<>();
    for (Plan.Note n : notes) {
      byCell.merge(new CellAddress(n.row(), n.col()), n.text(), (a, b) -> a + "\n" + b);
    }
    for (var e : byCell.entrySet()) {
      HSSFComment c = sheet.getCellComment(e.getKey());
      String ours = Marks.NOTE + e.getValue();
      if (c != null) {
        c.setString(new HSSFRichTextString(c.getString().getString() + "\n\n" + ours));
      } else {
        int r = e.getKey().getRow();
        int col = e.getKey().getColumn();
        c =
            drawing.createCellComment(
                new HSSFClientAnchor(0, 0, 0, 0, (short) (col + 1), r, (short) (col + 5), r + 5));
        c.setAuthor(Marks.AUTHOR);
        c.setString(new HSSFRichTextString(ours));
        c.setRow(r);
        c.setColumn(col);
      }
    }
  }

  private static String officersText(String text) {
    int at = text.indexOf("\n\n" + Marks.NOTE);
    return at < 0 ? text : text.substring(0, at);
  }
}
