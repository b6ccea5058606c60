package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.RuledScorecard;
import uk.scorecard.rules.Rules;

/**
 * The Rules sheet of rate --live: written once and replaced on a re-run (even renamed), never over
 * an officer's own sheet called Rules, and not written into an .xls, which keeps values.
 */
class RulesSheetTest {

  private static final Options LIVE = new Options(RuledScorecard.rules(), true, false);
  private final Scorecard scorecard = new Scorecard();

  @Test
  void aLiveWorkbookRatedAgainKeepsOneRulesSheetAndTheSamePackage() throws Exception {
    byte[] once = rate(RuledScorecard.bytes());
    byte[] twice = rate(once);
    assertThat(Opened.sheetNames(twice)).containsExactly("Scorecard", "Checks", "Rules");
    assertThat(PackageComparison.compare(once, twice, p -> false)).isEmpty();
    assertThat(rulesRefs(twice, "Rules")).containsExactly("FD 7", "W1 g", "CIN 4");
    assertThat(workbookXml(twice).split("_ScorecardRules", -1)).as("markers").hasSize(2);
  }

  @Test
  void ourRulesSheetRenamedIsReplacedWhereItIs() throws Exception {
    byte[] renamed =
        SampleWorkbook.edit(
            rate(RuledScorecard.bytes()),
            wb -> wb.setSheetName(wb.getSheetIndex("Rules"), "Board rules"));
    byte[] again = rate(renamed);
    assertThat(Opened.sheetNames(again)).containsExactly("Scorecard", "Checks", "Board rules");
    assertThat(rulesRefs(again, "Board rules")).containsExactly("FD 7", "W1 g", "CIN 4");
    assertThat(ragFormula(again)).contains("'Board rules'!$C$5");
  }

  @Test
  void anOfficersOwnRulesSheetIsKeptAndOursGoesBesideIt() throws Exception {
    byte[] officers =
        SampleWorkbook.edit(
            RuledScorecard.bytes(),
            wb -> wb.createSheet("rules").createRow(0).createCell(0).setCellValue("My rules"));
    byte[] twice = rate(rate(officers));
    assertThat(Opened.sheetNames(twice))
        .containsExactly("Scorecard", "rules", "Checks", "Scorecard rules");
    try (Workbook wb = Opened.open(twice)) {
      assertThat(wb.getSheet("rules").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("My rules");
    }
    assertThat(ragFormula(twice)).contains("'Scorecard rules'!$C$5");
  }

  /**
   * Rated again without the rules file, no row has a target (and CIN 4 no polarity): the RAG
   * formulas cannot follow them, so our Grey replaces our formulas (never refused as an officer's),
   * and CIN 4's direction is cleared. FD 7 and W1 g keep direction formulas: the catalogue knows
   * their polarity.
   */
  @Test
  void rulesGoneTheRowsKeepValuesOverOurFormulas() throws Exception {
    byte[] live = rate(RuledScorecard.bytes());
    byte[] again =
        scorecard.rate(new Input("board.xlsx", live), new Options(Rules.NONE, true, false)).bytes();
    try (Workbook wb = Opened.open(again)) {
      var s = wb.getSheet("Scorecard");
      for (int row = 3; row <= 5; row++) {
        Cell rag = s.getRow(row).getCell(5);
        assertThat(rag.getCellType()).isEqualTo(CellType.STRING);
        assertThat(rag.getStringCellValue()).isEqualTo("Grey");
      }
      assertThat(s.getRow(4).getCell(6).getCellType()).isEqualTo(CellType.FORMULA);
      Cell cin4 = s.getRow(5).getCell(6);
      assertThat(cin4 == null ? "" : cin4.toString()).isEmpty();
    }
  }

  @Test
  void anXlsKeepsValuesAndGetsNoRulesSheet() throws Exception {
    byte[] xls = LegacyCopy.toXls(RuledScorecard.bytes());
    byte[] rated = scorecard.rate(new Input("board.xls", xls), LIVE).bytes();
    assertThat(Opened.sheetNames(rated)).containsExactly("Scorecard", "Checks");
  }

  @Test
  void withoutRulesFromElsewhereTheRulesSheetStillListsTheRowsRules() throws Exception {
    byte[] rated =
        scorecard
            .rate(
                new Input("m.xlsx", uk.scorecard.fixtures.Scorecards.monthly()),
                new Options(Rules.NONE, true, false))
            .bytes();
    try (Workbook wb = Opened.open(rated)) {
      Row fd7 = wb.getSheet("Rules").getRow(4);
      assertThat(fd7.getCell(0).getStringCellValue()).isEqualTo("FD 7");
      assertThat(fd7.getCell(3).getNumericCellValue()).isEqualTo(0.95);
      int own = uk.scorecard.write.plan.RulesSheet.HEADERS.indexOf("Set in the row");
      assertThat(fd7.getCell(own).getStringCellValue()).isEqualTo("Polarity, Target, Tolerance");
    }
  }

  private byte[] rate(byte[] workbook) throws Exception {
    return scorecard.rate(new Input("board.xlsx", workbook), LIVE).bytes();
  }

  /** FD 7's RAG formula (F4). */
  private static String ragFormula(byte[] xlsx) throws Exception {
    try (Workbook wb = Opened.open(xlsx)) {
      Cell c = wb.getSheet("Scorecard").getRow(3).getCell(5);
      assertThat(c.getCellType()).isEqualTo(CellType.FORMULA);
      return c.getCellFormula();
    }
  }

  private static List<String> rulesRefs(byte[] xlsx, String sheet) throws Exception {
    List<String> refs = new ArrayList<>();
    try (Workbook wb = Opened.open(xlsx)) {
      for (Row r : wb.getSheet(sheet)) {
        if (r.getRowNum() >= 4) {
          refs.add(r.getCell(0).getStringCellValue());
        }
      }
    }
    return refs;
  }

  private static String workbookXml(byte[] xlsx) {
    return new String(PackageComparison.parts(xlsx).get("xl/workbook.xml"), StandardCharsets.UTF_8);
  }
}
