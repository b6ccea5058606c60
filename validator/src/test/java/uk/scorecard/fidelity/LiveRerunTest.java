package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.rules.Rules;

/**
 * rate --live on a workbook that is already live refreshes it: the same package, the helper columns
 * once, formulas in the same cells; rated again without --live it stays live, and with --no-live
 * values replace our formulas.
 */
class LiveRerunTest {

  private static final Options LIVE = new Options(Rules.NONE, true, false);
  private final Scorecard scorecard = new Scorecard();

  @Test
  void ratingALiveWorkbookAgainChangesNothing() throws Exception {
    for (var w : Scorecards.all().entrySet()) {
      byte[] once =
          scorecard.rate(new Input(w.getKey() + ".xlsx", w.getValue().get()), LIVE).bytes();
      byte[] twice = scorecard.rate(new Input(w.getKey() + ".xlsx", once), LIVE).bytes();
      assertThat(PackageComparison.compare(once, twice, p -> false)).as(w.getKey()).isEmpty();
    }
  }

  @Test
  void theHelperColumnsAreAddedOnceAndHidden() throws Exception {
    byte[] once = scorecard.rate(new Input("m.xlsx", Scorecards.monthly()), LIVE).bytes();
    byte[] twice = scorecard.rate(new Input("m.xlsx", once), LIVE).bytes();
    int first;
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(once))) {
      first = formulaCount(wb.getSheet("Scorecard"));
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(twice))) {
      Sheet s = wb.getSheet("Scorecard");
      List<Integer> helpers = new ArrayList<>();
      for (Cell c : s.getRow(2)) {
        if (c.getCellType() == CellType.STRING && c.getStringCellValue().endsWith("(helper)")) {
          helpers.add(c.getColumnIndex());
        }
      }
      assertThat(helpers).hasSize(2);
      helpers.forEach(col -> assertThat(s.isColumnHidden(col)).isTrue());
      assertThat(formulaCount(s)).isEqualTo(first).isGreaterThan(10);
    }
  }

  @Test
  void aLiveWorkbookRatedWithoutLiveStaysLive() throws Exception {
    for (var w : Scorecards.all().entrySet()) {
      byte[] live =
          scorecard.rate(new Input(w.getKey() + ".xlsx", w.getValue().get()), LIVE).bytes();
      byte[] again = scorecard.rate(new Input(w.getKey() + ".xlsx", live), Options.DEFAULT).bytes();
      assertThat(PackageComparison.compare(live, again, p -> false)).as(w.getKey()).isEmpty();
    }
  }

  @Test
  void ratedWithNoLiveOurFormulasBecomeValues() throws Exception {
    byte[] live = scorecard.rate(new Input("m.xlsx", Scorecards.monthly()), LIVE).bytes();
    byte[] plain = scorecard.rate(new Input("m.xlsx", live), Options.DEFAULT.withoutLive()).bytes();
    byte[] never =
        scorecard.rate(new Input("m.xlsx", Scorecards.monthly()), Options.DEFAULT).bytes();
    try (Workbook a = WorkbookFactory.create(new ByteArrayInputStream(plain));
        Workbook b = WorkbookFactory.create(new ByteArrayInputStream(never))) {
      Sheet s = a.getSheet("Scorecard");
      for (Row r : b.getSheet("Scorecard")) {
        for (Cell c : r) {
          if (c.getColumnIndex() >= 11) { // Change onwards: ours
            assertThat(s.getRow(r.getRowNum()).getCell(c.getColumnIndex()).toString())
                .as(c.getAddress().formatAsString())
                .isEqualTo(c.toString());
          }
        }
      }
      // Only the hidden helpers keep formulas.
      assertThat(formulaCount(s)).isEqualTo(0);
    }
  }

  @Test
  void aRowNoLongerFollowedKeepsNoDirectionFormula() throws Exception {
    byte[] book =
        WorkbookBuilder.scorecard()
            .row("Board")
            .blank()
            .row("Ref", "Indicator", "Polarity", month(2019, 6), month(2019, 7), "Target")
            .row("A 1", "Assessments on time", "Higher is better", null, pct(0.85), pct(0.90))
            .bytes();
    byte[] live = scorecard.rate(new Input("a.xlsx", book), LIVE).bytes();
    assertThat(direction(live).getCellType()).isEqualTo(CellType.FORMULA);
    // July's figure typed as text: the row can no longer be followed by formulas.
    byte[] typed;
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(live));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      wb.getSheet("Scorecard").getRow(3).createCell(4).setCellValue("88%");
      wb.write(out);
      typed = out.toByteArray();
    }
    byte[] again = scorecard.rate(new Input("a.xlsx", typed), LIVE).bytes();
    Cell d = direction(again);
    assertThat(d == null ? CellType.BLANK : d.getCellType()).isNotEqualTo(CellType.FORMULA);
    assertThat(d == null ? "" : d.toString()).isEmpty();
  }

  /** A 1's Direction of travel cell. */
  private static Cell direction(byte[] xlsx) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheet("Scorecard");
      for (Cell c : s.getRow(2)) {
        if (c.toString().equals("Direction of travel")) {
          return s.getRow(3).getCell(c.getColumnIndex());
        }
      }
    }
    throw new AssertionError("no Direction of travel column");
  }

  private static int formulaCount(Sheet s) {
    int n = 0;
    for (Row r : s) {
      for (Cell c : r) {
        boolean helper = s.isColumnHidden(c.getColumnIndex());
        n += c.getCellType() == CellType.FORMULA && !helper ? 1 : 0;
      }
    }
    return n;
  }
}
