package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Severity;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.IndicatorResult;

/**
 * The ways rating once lost an officer's data or misrated an indicator, one fixture each
 * (src/test/resources/trust, made by make.py with openpyxl): each is rated, checked for what went
 * wrong before, and put through the fidelity checks.
 */
class TrustCasesTest {

  /** The options the suite rates with; its Live subclass runs it again with --live. */
  Options options() {
    return Options.DEFAULT;
  }

  private final Scorecard scorecard = new Scorecard();

  @Test
  void anOfficersNoteInAnOpenpyxlWorkbookSurvives() throws Exception {
    Rated rated = rateWhole("openpyxl-note-on-title.xlsx");
    try (Workbook wb = Opened.open(rated.bytes())) {
      Sheet s = wb.getSheet("Scorecard");
      assertThat(note(s, "A1")).isEqualTo("Officer note: figures are provisional");
      assertThat(note(s, "E5")).startsWith("Officer: checked with the team");
    }
  }

  @Test
  void columnsAreAddedAfterTheLastPercentColumnOfAMergedPeriod() throws Exception {
    Rated rated = rateWhole("merged-period-number-percent.xlsx");
    try (Workbook wb = Opened.open(rated.bytes())) {
      Sheet s = wb.getSheet("Detail");
      assertThat(text(s, "H3")).isEqualTo("93%");
      assertThat(text(s, "H4")).isEqualTo("15%");
      assertThat(text(s, "I1")).isEqualTo("Change");
      assertThat(text(s, "J1")).isEqualTo("Direction of travel");
      assertThat(text(s, "K1")).isEqualTo("RAG");
      assertThat(text(s, "L1")).isEqualTo("Caveat");
      assertThat(text(s, "I3")).isEqualTo("Down 2pp");
      assertThat(text(s, "J3")).isEqualTo("\u25bc worsening"); // down is worse: higher is better
    }
    // The % is the figure: 93% against 95% is Amber (5% of 95 is 4.75); 15% beats 20%.
    assertThat(rated.report().indicators())
        .extracting(IndicatorResult::id, IndicatorResult::rating)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CP 1", Rating.AMBER),
            org.assertj.core.groups.Tuple.tuple("CP 2", Rating.GREEN),
            org.assertj.core.groups.Tuple.tuple("LAC 3", Rating.GREEN));
  }

  @Test
  void aRowWhoseFiguresAreHeldElsewhereIsAnIndicatorNotANote() throws Exception {
    Rated rated = rateWhole("withheld-figure.xlsx");
    assertThat(rated.report().indicators())
        .extracting(IndicatorResult::id)
        .containsExactly("FD 7", "MC 1", "AMT 2");
    IndicatorResult mc1 = indicator(rated, "MC 1");
    assertThat(mc1.rating()).isEqualTo(Rating.GREY);
    assertThat(mc1.caveat()).contains("figure withheld (See Part 2 report)");
    assertThat(indicator(rated, "AMT 2").caveat())
        .contains("Jul-19 figure withheld (N/A); rated on Jun-19");
    assertThat(rated.report().findings()).extracting(Finding::code).doesNotContain("not-a-figure");
  }

  @Test
  void aTimelinessMeasureForChildrenMissingFromCareIsHigherIsBetter() throws Exception {
    Rated rated = rateWhole("missing-in-title.xlsx");
    IndicatorResult mc4 = indicator(rated, "MC 4");
    IndicatorResult mc5 = indicator(rated, "MC 5");
    // 64% against 80% and 82% against 95%, higher is better: both Red, and marked as assumed.
    assertThat(mc4.rating()).isEqualTo(Rating.RED);
    assertThat(mc5.rating()).isEqualTo(Rating.RED);
    assertThat(mc4.ratingShown()).isEqualTo("Red, direction assumed");
    assertThat(rated.report().findings())
        .filteredOn(f -> f.code().equals("polarity-from-title"))
        .hasSize(2)
        .allMatch(f -> f.severity() == Severity.WARNING);
  }

  @Test
  void anOfficersBlueAndArrowAreKeptAndTheirOwnWordsAreOurs() throws Exception {
    Rated rated = rateWhole("brag-kept.xlsx");
    try (Workbook wb = Opened.open(rated.bytes())) {
      Sheet s = wb.getSheet("Scorecard");
      assertThat(text(s, "G2")).isEqualTo("\u2191");
      assertThat(text(s, "H2")).isEqualTo("Blue");
      assertThat(text(s, "H3")).isEqualTo("Blue");
      assertThat(text(s, "H4")).isEqualTo("Amber");
    }
    // The arrow and the first Blue agree with the figures (up; beyond the target): no finding.
    // A Blue on a figure that misses its target is on the wrong side, and the officer's Red
    // that we replaced with Amber is said too: warnings.
    assertThat(rated.report().findings())
        .extracting(Finding::code, Finding::cell)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rag-disagrees", "H3"),
            org.assertj.core.groups.Tuple.tuple("rag-disagrees", "H4"));
    // What the workbook shows is what it holds: no note about the Red we replaced.
    try (Workbook wb = Opened.open(rated.bytes())) {
      assertThat(note(wb.getSheet("Scorecard"), "H4")).isNull();
      assertThat(note(wb.getSheet("Scorecard"), "H3")).contains("RAG says Blue");
    }
  }

  private Rated rateWhole(String name) throws Exception {
    byte[] original = fixture(name);
    Rated rated = scorecard.rate(new Input(name, original), options());
    new FidelityChecks(name, original, rated).all(rerate(name, rated.bytes()));
    return rated;
  }

  private byte[] rerate(String name, byte[] once) throws WorkbookRefusedException {
    return scorecard.rate(new Input(name, once), options()).bytes();
  }

  private static IndicatorResult indicator(Rated rated, String id) {
    return rated.report().indicators().stream()
        .filter(i -> i.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  static byte[] fixture(String name) throws IOException {
    try (InputStream in = TrustCasesTest.class.getResourceAsStream("/trust/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String note(Sheet s, String a1) {
    var c = s.getCellComment(new CellAddress(a1));
    return c == null ? null : c.getString().getString();
  }

  /** What a cell shows: a formula's (--live) saved result, as an officer sees it. */
  private static String text(Sheet s, String a1) {
    CellAddress at = new CellAddress(a1);
    var row = s.getRow(at.getRow());
    Cell c = row == null ? null : row.getCell(at.getColumn());
    if (c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
      return c.getCachedFormulaResultType() == org.apache.poi.ss.usermodel.CellType.STRING
          ? c.getStringCellValue()
          : new DataFormatter().formatRawCellContents(c.getNumericCellValue(), 0, "General");
    }
    return c == null ? null : new DataFormatter().formatCellValue(c);
  }
}
