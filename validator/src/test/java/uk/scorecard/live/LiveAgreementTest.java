package uk.scorecard.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.rules.Rules;

/**
 * rate --live writes formulas that compute what the engine computes: for every fixture and a
 * generated scorecard of 1,200 rows, each Change, RAG and Direction of travel cell holds, as saved,
 * as POI evaluates it and as LibreOffice recalculates it (cached values removed first, so it must),
 * the engine's own words, which the same workbook rated without --live holds as values.
 */
class LiveAgreementTest {

  private static final Options LIVE = new Options(Rules.NONE, true, false);
  private final Scorecard scorecard = new Scorecard();

  /**
   * Every fixture and the generated scorecard, rated with no rules file, and a generated scorecard
   * whose rules come from a rules file, so its formulas read them from the Rules sheet.
   */
  private static Map<String, Supplier<GeneratedScorecard.Ruled>> workbooks() {
    Map<String, Supplier<GeneratedScorecard.Ruled>> all = new LinkedHashMap<>();
    Scorecards.all()
        .forEach((k, v) -> all.put(k, () -> new GeneratedScorecard.Ruled(v.get(), Rules.NONE)));
    all.put(
        "generated",
        () -> new GeneratedScorecard.Ruled(GeneratedScorecard.of(1200, 18), Rules.NONE));
    all.put("ruled", () -> GeneratedScorecard.ruled(1000, 19));
    all.put("levels", () -> GeneratedLevels.of(1000, 20, false));
    all.put("five-point", () -> GeneratedLevels.of(1000, 21, true));
    return all;
  }

  @Test
  void savedAndPoiEvaluatedFormulasGiveTheEnginesWords() throws Exception {
    int formulas = 0;
    for (var w : workbooks().entrySet()) {
      GeneratedScorecard.Ruled ruled = w.getValue().get();
      byte[] original = ruled.bytes();
      Map<String, String> engine = engine(w.getKey(), ruled);
      byte[] live = rateLive(w.getKey(), ruled);
      assertThat(nonEmpty(LiveCells.saved(live))).as(w.getKey()).isEqualTo(engine);
      Map<String, String> poi = LiveCells.poi(live);
      poi.forEach(
          (cell, v) ->
              assertThat(v).as(w.getKey() + " " + cell).isEqualTo(engine.getOrDefault(cell, "")));
      formulas += poi.size();
      Map<String, String> counts = LiveCells.counts(live, false);
      assertThat(LiveCells.counts(live, true)).as(w.getKey() + " counts").isEqualTo(counts);
      if (w.getKey().equals("generated")) {
        assertThat(counts).hasSizeGreaterThanOrEqualTo(4); // Red, Amber, Green, Grey
      }
      if (w.getKey().equals("levels") || w.getKey().equals("five-point")) {
        // Levels, bands and Blue are followed by formulas too, not left as values.
        assertThat(poi).as(w.getKey()).hasSizeGreaterThan(2000);
        assertThat(poi.values()).as(w.getKey()).contains("Blue", "Amber", "Red", "Green");
      }
      if (w.getKey().equals("five-point")) {
        assertThat(poi.values()).contains("Amber/Green", "Amber/Red");
      }
      if (w.getKey().equals("ruled")) {
        // Polarity and tolerance on every rated row, and half the targets, from the Rules sheet.
        assertThat(readingRules(LiveCells.formulaTexts(live))).isGreaterThan(400);
      }
    }
    // Most generated rows are followed by formulas: three cells a row for most of 1,200 rows.
    assertThat(formulas).isGreaterThan(2000);
  }

  @Test
  void libreOfficeRecalculatesTheEnginesWords() throws Exception {
    Assumptions.assumeTrue(LiveRecalc.installed(), "soffice is not installed");
    for (var w : workbooks().entrySet()) {
      GeneratedScorecard.Ruled ruled = w.getValue().get();
      Map<String, String> engine = engine(w.getKey(), ruled);
      byte[] live = rateLive(w.getKey(), ruled);
      Map<String, String> formulas = LiveCells.formulas(live);
      byte[] recalculated = LiveRecalc.recalculate(LiveCells.withoutCachedValues(live));
      Map<String, String> lo = LiveCells.saved(recalculated);
      for (String cell : formulas.keySet()) {
        assertThat(lo.getOrDefault(cell, ""))
            .as(w.getKey() + " " + cell)
            .isEqualTo(engine.getOrDefault(cell, ""));
      }
      assertThat(LiveCells.counts(recalculated, false))
          .as(w.getKey() + " counts")
          .isEqualTo(LiveCells.counts(live, false));
      if (w.getKey().equals("generated")) {
        assertThat(formulas).hasSizeGreaterThan(1500);
      }
    }
  }

  /** What the engine writes in each Change, RAG and Direction cell, rated without --live. */
  private Map<String, String> engine(String name, GeneratedScorecard.Ruled w) throws Exception {
    byte[] values =
        scorecard
            .rate(new Input(name + ".xlsx", w.bytes()), Options.DEFAULT.withRules(w.rules()))
            .bytes();
    return nonEmpty(LiveCells.saved(values));
  }

  private byte[] rateLive(String name, GeneratedScorecard.Ruled w) throws Exception {
    return scorecard.rate(new Input(name + ".xlsx", w.bytes()), LIVE.withRules(w.rules())).bytes();
  }

  /** How many RAG and Direction formulas read a cell of the Rules sheet. */
  private static long readingRules(Map<String, String> formulaTexts) {
    return formulaTexts.values().stream().filter(f -> f.contains("'Rules'!$")).count();
  }

  /** The cells that say something: an empty cell and a formula giving "" read alike. */
  private static Map<String, String> nonEmpty(Map<String, String> cells) {
    Map<String, String> out = new LinkedHashMap<>(cells);
    out.values().removeIf(String::isEmpty);
    return out;
  }
}
