package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.rules.Rules;

/** --live: conditional formatting colours a RAG word typed by hand, once, however often we run. */
class LiveRagTest {

  private static final Options LIVE = new Options(Rules.NONE, true, false);
  private final Scorecard scorecard = new Scorecard();

  @Test
  void theRagColumnGetsOneRulePerRating() throws Exception {
    Rated rated = scorecard.rate(new Input("monthly.xlsx", Scorecards.monthly()), LIVE);
    assertThat(liveFormats(rated.bytes()))
        .containsExactly("M5:M15 \"Red\" \"Amber\" \"Green\" \"Blue\" \"Grey\"");
  }

  @Test
  void ratingALiveWorkbookAgainAddsNoSecondRuleSet() throws Exception {
    byte[] once = scorecard.rate(new Input("m.xlsx", Scorecards.monthly()), LIVE).bytes();
    byte[] twice = scorecard.rate(new Input("m.xlsx", once), LIVE).bytes();
    assertThat(liveFormats(twice)).hasSize(1);
    assertThat(PackageComparison.compare(once, twice, p -> false)).isEmpty();
  }

  @Test
  void withoutLiveNoRuleIsAdded() throws Exception {
    byte[] rated =
        scorecard.rate(new Input("m.xlsx", Scorecards.monthly()), Options.DEFAULT).bytes();
    assertThat(liveFormats(rated)).isEmpty();
  }

  @Test
  void libreOfficeOpensALiveWorkbook() throws Exception {
    Rated rated = scorecard.rate(new Input("monthly.xlsx", Scorecards.monthly()), LIVE);
    new FidelityChecks("monthly.xlsx", Scorecards.monthly(), rated).opensInLibreOffice();
  }

  @Test
  void xlsGetsTheSameRulesOnceInTheLegacyPalette() throws Exception {
    byte[] xls = LegacyCopy.toXls(Scorecards.monthly());
    byte[] once = scorecard.rate(new Input("m.xls", xls), LIVE).bytes();
    byte[] twice = scorecard.rate(new Input("m.xls", once), LIVE).bytes();
    assertThat(liveFormats(twice))
        .containsExactly(
            "M5:M15 \"Red\"",
            "M5:M15 \"Amber\"",
            "M5:M15 \"Green\"",
            "M5:M15 \"Blue\"",
            "M5:M15 \"Grey\"");
  }

  /**
   * Each conditional format on the Scorecard sheet but the mark on cells with a note: its range and
   * its rules' formulas.
   */
  static List<String> liveFormats(byte[] xlsx) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
      SheetConditionalFormatting cfs = wb.getSheet("Scorecard").getSheetConditionalFormatting();
      List<String> out = new ArrayList<>();
      for (int i = 0; i < cfs.getNumConditionalFormattings(); i++) {
        ConditionalFormatting cf = cfs.getConditionalFormattingAt(i);
        if (SheetFeatures.isProblemMark(cf)) {
          continue;
        }
        StringBuilder sb = new StringBuilder(cf.getFormattingRanges()[0].formatAsString());
        for (int r = 0; r < cf.getNumberOfRules(); r++) {
          sb.append(' ').append(cf.getRule(r).getFormula1());
        }
        out.add(sb.toString());
      }
      return out;
    }
  }
}
