package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.Target;
import uk.scorecard.model.Tolerance;
import uk.scorecard.rules.Rules;
import uk.scorecard.rules.RulesFile;

/**
 * Where an indicator's polarity, target and tolerance come from: its cells, then the rules file.
 */
class RulesSourcesTest {

  private static final String RULES =
      """
      {"defaults":{"tolerance":"10%"},
       "indicators":{"FD 8":{"polarity":"lower","target":"22%","tolerance":"2pp"}}}""";

  @Test
  void theRulesFileFillsWhatTheWorkbookLeavesOut() throws Exception {
    byte[] wb =
        WorkbookBuilder.scorecard()
            .row("Ref", "Indicator", month(2019, 6), month(2019, 7))
            .row("FD 7", "Contacts", pct(0.8), pct(0.85))
            .row("fd8", "Re-contacts", pct(0.23), pct(0.25))
            .bytes();
    ReadWorkbook read = read(wb, rules());
    IndicatorRow fd7 = read.tables().get(0).rows().get(0);
    IndicatorRow fd8 = read.tables().get(0).rows().get(1);
    assertThat(fd7.polarity()).isNull();
    assertThat(fd7.tolerance()).isEqualTo(new Tolerance.Relative(new BigDecimal("10")));
    assertThat(fd8.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(fd8.target()).isEqualTo(new Target.Point(new BigDecimal("22")));
    assertThat(fd8.tolerance()).isEqualTo(new Tolerance.Points(new BigDecimal("2")));
    assertThat(read.findings()).isEmpty();
  }

  @Test
  void aFilledCellWinsAndAWarningSaysTheyDiffer() throws Exception {
    ReadWorkbook read = read(withRuleColumns("Higher is better", pct(0.25), "5pp"), rules());
    IndicatorRow fd8 = read.tables().get(0).rows().get(0);
    assertThat(fd8.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(fd8.target()).isEqualTo(new Target.Point(new BigDecimal("25")));
    assertThat(fd8.tolerance()).isEqualTo(new Tolerance.Points(new BigDecimal("5")));
    assertThat(read.findings())
        .extracting(Finding::cell, Finding::code, Finding::message)
        .containsExactly(
            tuple(
                "C2",
                ReadCodes.RULES_FILE_DIFFERS,
                "Polarity of FD 8 is Higher is better in the"
                    + " workbook but Lower is better in the rules file; the workbook's Higher is"
                    + " better is used"),
            tuple(
                "F2",
                ReadCodes.RULES_FILE_DIFFERS,
                "Target of FD 8 is 25% in the workbook but"
                    + " 22% in the rules file; the workbook's 25% is used"),
            tuple(
                "G2",
                ReadCodes.RULES_FILE_DIFFERS,
                "Tolerance of FD 8 is 5pp in the workbook"
                    + " but 2pp in the rules file; the workbook's 5pp is used"));
  }

  @Test
  void cellsThatAgreeWithTheRulesFileSayNothing() throws Exception {
    ReadWorkbook read = read(withRuleColumns("Lower is better", pct(0.22), "2 pp"), rules());
    assertThat(read.findings()).isEmpty();
  }

  @Test
  void withoutRulesTheCellsAreUsedAndNothingIsSaid() throws Exception {
    ReadWorkbook read = read(withRuleColumns("Higher is better", pct(0.25), "5pp"), Rules.NONE);
    assertThat(read.tables().get(0).rows().get(0).polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(read.findings()).isEmpty();
  }

  private static byte[] withRuleColumns(String polarity, Object target, String tolerance) {
    return WorkbookBuilder.scorecard()
        .row("Ref", "Indicator", "Polarity", month(2019, 6), month(2019, 7), "Target", "Tolerance")
        .row("FD 8", "Re-contacts", polarity, pct(0.23), pct(0.25), target, tolerance)
        .bytes();
  }

  private static Rules rules() throws Exception {
    return RulesFile.parse("scorecard-rules.json", RULES.getBytes(StandardCharsets.UTF_8));
  }

  private static ReadWorkbook read(byte[] wb, Rules rules) throws Exception {
    return WorkbookReader.read(wb, rules);
  }
}
