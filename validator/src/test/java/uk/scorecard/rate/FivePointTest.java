package uk.scorecard.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Rating;
import uk.scorecard.model.RuleText;
import uk.scorecard.model.Target;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.JsonReport;
import uk.scorecard.report.TextReport;
import uk.scorecard.rules.RulesException;
import uk.scorecard.rules.RulesFile;

/**
 * The five-point scale a rules file selects ({@code scale: five-point}): the amber tolerance in
 * thirds, Amber/Green nearest the target and Amber/Red nearest Red, each boundary in the nearer
 * band; in the workbook, the reports and the counts, and never where the scale is RAG.
 */
class FivePointTest {

  private final Scorecard scorecard = new Scorecard();

  private static Options fivePoint() throws RulesException {
    return Options.DEFAULT.withRules(
        RulesFile.parse("r.yaml", "scale: five-point\n".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theToleranceIsSplitIntoThirds() throws Exception {
    Rated rated = scorecard.rate(new Input("five.xlsx", Scorecards.fivePoint()), fivePoint());
    // 90% target, 6pp: 91 Green; misses of 1 and 2 Amber/Green; 3 and 4 Amber; 5 and 6
    // Amber/Red; 7 Red. Caseload 16, tolerance 3: 17 A/G, 18 Amber, 19 A/R, 20 Red.
    assertThat(rated.report().indicators())
        .extracting(IndicatorResult::rating)
        .containsExactly(
            Rating.GREEN,
            Rating.AMBER_GREEN,
            Rating.AMBER_GREEN,
            Rating.AMBER,
            Rating.AMBER,
            Rating.AMBER_RED,
            Rating.AMBER_RED,
            Rating.RED,
            Rating.GREEN,
            Rating.AMBER_GREEN,
            Rating.AMBER,
            Rating.AMBER_RED,
            Rating.RED);
    assertThat(ragCells(rated.bytes()))
        .containsEntry("AMT 2", "Amber/Green")
        .containsEntry("AMT 6", "Amber/Red")
        .containsEntry("W 4", "Amber/Red");
    // Rated again, our Amber/Green and Amber/Red are ours: the same words, no finding about them.
    Rated again = scorecard.rate(new Input("five.xlsx", rated.bytes()), fivePoint());
    assertThat(ragCells(again.bytes())).isEqualTo(ragCells(rated.bytes()));
    assertThat(again.report().findings())
        .noneMatch(f -> f.code().equals("rag-disagrees") || f.code().equals("officer-value-kept"));
  }

  @Test
  void everyOutputCountsAndNamesTheShades() throws Exception {
    Rated rated = scorecard.rate(new Input("five.xlsx", Scorecards.fivePoint()), fivePoint());
    StringWriter text = new StringWriter();
    TextReport.write(List.of(rated.report()), new PrintWriter(text));
    assertThat(text.toString()).contains("2 red, 3 amber/red, 3 amber, 3 amber/green, 2 green");
    StringWriter json = new StringWriter();
    JsonReport.write(List.of(rated.report()), new PrintWriter(json));
    assertThat(json.toString())
        .contains("\"rating\" : \"amber/green\"", "\"rating\" : \"amber/red\"");
    assertThat(checksSheet(rated.bytes())).contains("Amber/Red|3", "Amber/Green|3", "Amber|3");
    // The exceptions a board reads first take in both shades, Red first.
    assertThat(rated.report().exceptions())
        .extracting(IndicatorResult::rating)
        .startsWith(Rating.RED, Rating.RED, Rating.AMBER_RED)
        .contains(Rating.AMBER_GREEN);
  }

  @Test
  void theRagScaleRatesThreePointsAndKeepsAnOfficersShade() throws Exception {
    Rated rated = scorecard.rate(new Input("five.xlsx", Scorecards.fivePoint()), Options.DEFAULT);
    assertThat(rated.report().indicators())
        .extracting(IndicatorResult::rating)
        .noneMatch(Rating::fivePoint);
    Rated fiveOnce = scorecard.rate(new Input("five.xlsx", Scorecards.fivePoint()), fivePoint());
    // An Amber/Green written where we rate RAG is the officer's: kept, and no disagreement.
    Rated kept = scorecard.rate(new Input("five.xlsx", fiveOnce.bytes()), Options.DEFAULT);
    assertThat(ragCells(kept.bytes()))
        .containsEntry("AMT 2", "Amber/Green")
        .containsEntry("AMT 4", "Amber");
    assertThat(kept.report().findings()).noneMatch(f -> f.code().equals("rag-disagrees"));
  }

  @Test
  void aRangeIsSplitOnEachSideAndTheWordsParse() {
    Rag.Rule rule =
        new Rag.Rule(
            Polarity.WITHIN_RANGE,
            new Target.Band(BigDecimal.valueOf(8), BigDecimal.valueOf(12)),
            RuleText.tolerance("3pp"),
            null,
            null,
            null,
            true);
    assertThat(
            List.of(7, 6, 5, 4, 10, 13, 14, 15, 16).stream()
                .map(v -> Rag.rate(BigDecimal.valueOf(v), rule))
                .toList())
        .containsExactly(
            Rating.AMBER_GREEN,
            Rating.AMBER,
            Rating.AMBER_RED,
            Rating.RED,
            Rating.GREEN,
            Rating.AMBER_GREEN,
            Rating.AMBER,
            Rating.AMBER_RED,
            Rating.RED);
    assertThat(Rating.parse("A/G")).isEqualTo(Rating.AMBER_GREEN);
    assertThat(Rating.parse("amber-red")).isEqualTo(Rating.AMBER_RED);
    assertThat(Rating.parse("Amber/Red \u25bc worsening")).isEqualTo(Rating.AMBER_RED);
  }

  @Test
  void anUnknownScaleIsRefusedInOneLine() {
    assertThatThrownBy(
            () ->
                RulesFile.parse("r.yaml", "scale: seven-point\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(RulesException.class)
        .hasMessage("r.yaml: scale must be rag, brag or five-point (was \"seven-point\")");
  }

  private static Map<String, String> ragCells(byte[] rated) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      for (Row r : wb.getSheet("Scorecard")) {
        if (r.getRowNum() > 0) {
          out.put(r.getCell(0).getStringCellValue(), r.getCell(9).getStringCellValue());
        }
      }
    }
    return out;
  }

  /** The Checks sheet's rows as cells joined by |. */
  private static List<String> checksSheet(byte[] rated) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    DataFormatter f = new DataFormatter();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      for (Row r : wb.getSheet("Checks")) {
        StringBuilder sb = new StringBuilder();
        r.forEach(c -> sb.append(sb.length() == 0 ? "" : "|").append(f.formatCellValue(c)));
        out.add(sb.toString());
      }
    }
    return out;
  }
}
