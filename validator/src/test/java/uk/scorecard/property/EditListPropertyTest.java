package uk.scorecard.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Edited;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.property.Spec.Writer;
import uk.scorecard.report.ChecksSheet;
import uk.scorecard.report.Edit;

/**
 * The edit list the Excel add-in applies is the rating: written into a copy by the zip patcher it
 * gives the same workbook as {@code rate} (compared as text of every cell's value, formula and
 * style, notes, widths, heights and merges; never as bytes), over the fixtures and generated
 * scorecards ({@code -Dscorecard.edits.tries=N}, seeds as {@link RatingPropertyTest}). A live edit
 * list is the add-in's (rules as constants, no Rules sheet in an open workbook): its formulas and
 * colouring are checked here, and {@code EditsRoundTripTest} holds the rate path's live plan.
 */
class EditListPropertyTest {

  private static final int TRIES = Integer.getInteger("scorecard.edits.tries", 40);
  private static final Scorecard SCORECARD = new Scorecard();
  private static final Options LIVE = Options.DEFAULT.withLive(true);

  @Test
  void theEditListWrittenByThePatcherIsTheRatedWorkbook() throws Exception {
    for (Map.Entry<String, Supplier<byte[]>> f : Scorecards.all().entrySet()) {
      same(f.getKey(), f.getValue().get(), Options.DEFAULT);
    }
    Long fixed = Long.getLong("scorecard.property.seed");
    long first = fixed != null ? fixed : new SplittableRandom().nextLong();
    for (int i = 0; i < TRIES; i++) {
      Spec spec = SpecGen.draw(new Gen(first + i), List.of(Writer.POI));
      same("seed " + (first + i), SpecWorkbook.build(spec).bytes(), Options.DEFAULT);
    }
  }

  @Test
  void aRagCellCarriesItsWordFillAndInkAndAProblemCellItsNote() throws Exception {
    Edited e = SCORECARD.edits(new Input("m.xlsx", Scorecards.monthly()), Options.DEFAULT);
    assertThat(e.edits())
        .anySatisfy(
            x -> {
              assertThat(x.value()).isEqualTo("Red");
              assertThat(x.fill()).isEqualTo("#C00000");
              assertThat(x.fontColour()).isEqualTo("#FFFFFF");
            });
    assertThat(e.edits())
        .filteredOn(x -> x.note() != null)
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.note()).startsWith("Scorecard check: "));
    assertThat(e.edits()).allSatisfy(x -> assertThat(x.formula()).isNull());
  }

  @Test
  void aLiveEditListCarriesFormulasWithTheEnginesAnswersAndTheColouring() throws Exception {
    Edited e = SCORECARD.edits(new Input("m.xlsx", Scorecards.monthly()), LIVE);
    assertThat(e.edits())
        .filteredOn(x -> x.rating() != null && x.formula() != null)
        .isNotEmpty()
        .allSatisfy(
            x -> {
              assertThat(x.formula()).startsWith("=IF(");
              assertThat(x.value()).isEqualTo(x.rating());
              assertThat(x.replacesOurs()).isTrue();
            });
    assertThat(e.edits())
        .filteredOn(x -> x.colours() != null)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.cell()).matches("[A-Z]+[0-9]+:[A-Z]+[0-9]+");
              assertThat(x.colours())
                  .extracting(Edit.Colour::rating)
                  .contains("Red", "Amber", "Green", "Grey");
              assertThat(x.colours()).allSatisfy(c -> assertThat(c.fill()).matches("#[0-9A-F]{6}"));
            });
  }

  private static void same(String what, byte[] original, Options options) throws Exception {
    Input in = new Input("w.xlsx", original);
    byte[] rated = SCORECARD.rate(in, options).bytes();
    Edited edited = SCORECARD.edits(in, options);
    byte[] fromEdits = SCORECARD.write(in, edited);
    String expected = dump(rated);
    assertThat(dump(fromEdits)).as(what).isEqualTo(expected);
    if (!edited.edits().isEmpty()) {
      assertThat(expected).as(what + ": the edits changed something").isNotEqualTo(dump(original));
    }
    assertThat(checksText(edited.checks()))
        .as(what + ": the add-in's Checks sheet is the one rate writes")
        .isEqualTo(checksText(rated));
    List<String> cells = new ArrayList<>();
    edited.edits().forEach(x -> cells.add(x.sheet() + "!" + x.cell()));
    assertThat(cells).as(what + ": one edit per cell").doesNotHaveDuplicates();
  }

  /** The Checks sheet's rows as text: each cell's text, formula and link, by row. */
  private static String checksText(ChecksSheet sheet) {
    StringBuilder sb = new StringBuilder();
    for (int r = 0; r < sheet.rows().size(); r++) {
      for (int c = 0; c < sheet.rows().get(r).size(); c++) {
        ChecksSheet.Cell cell = sheet.rows().get(r).get(c);
        sb.append(org.apache.poi.ss.util.CellReference.convertNumToColString(c))
            .append(r + 1)
            .append(' ')
            .append(cell.formula() != null ? cell.formula() : cell.text())
            .append(cell.link() != null ? " -> " + cell.link() : "")
            .append('\n');
      }
    }
    return sb.toString();
  }

  /** The rated workbook's Checks sheet as {@link #checksText(ChecksSheet)} gives it. */
  private static String checksText(byte[] rated) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rated))) {
      Sheet s = wb.getSheet("Checks");
      for (Row r : s) {
        for (Cell c : r) {
          String text =
              c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                  ? "=" + c.getCellFormula()
                  : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(c);
          sb.append(c.getAddress()).append(' ').append(text);
          if (c.getHyperlink() != null) {
            sb.append(" -> ").append(c.getHyperlink().getAddress());
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  /** Every sheet's cells with value, type, formula and style; notes, widths, heights, merges. */
  static String dump(byte[] xlsx) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet s : wb) {
        sb.append("== ").append(s.getSheetName()).append('\n');
        s.getMergedRegions()
            .forEach(m -> sb.append("merge ").append(m.formatAsString()).append('\n'));
        for (Row r : s) {
          sb.append("row ").append(r.getRowNum() + 1);
          sb.append(
              r.isFormatted() || r.getHeight() != s.getDefaultRowHeight()
                  ? " h=" + r.getHeight()
                  : "");
          sb.append('\n');
          for (Cell c : r) {
            sb.append("  ").append(c.getAddress()).append(' ').append(c.getCellType()).append(' ');
            sb.append(
                c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                    ? "=" + c.getCellFormula()
                    : c.toString());
            sb.append(style((XSSFCellStyle) c.getCellStyle()));
            XSSFComment n = (XSSFComment) c.getCellComment();
            if (n != null) {
              sb.append(" note[")
                  .append(n.getAuthor())
                  .append(": ")
                  .append(n.getString().getString())
                  .append(']');
            }
            sb.append('\n');
          }
        }
        for (int col = 0; col < 40; col++) {
          sb.append(s.getColumnWidth(col)).append(col < 39 ? "," : "\n");
        }
      }
    }
    return sb.toString();
  }

  private static String style(XSSFCellStyle st) {
    return " {fmt="
        + st.getDataFormatString()
        + " fill="
        + argb(st.getFillForegroundColorColor())
        + "/"
        + st.getFillPattern()
        + " font="
        + argb(st.getFont().getXSSFColor())
        + (st.getFont().getBold() ? " bold" : "")
        + (st.getWrapText() ? " wrap" : "")
        + " h="
        + st.getAlignment()
        + " v="
        + st.getVerticalAlignment()
        + " border="
        + st.getBorderBottom()
        + "}";
  }

  private static String argb(XSSFColor c) {
    return c == null ? "-" : String.valueOf(c.getARGBHex());
  }
}
