package uk.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.check.FixtureWorkbook.Formula;
import uk.scorecard.model.Finding;
import uk.scorecard.model.RuleDoc;
import uk.scorecard.model.Severity;
import uk.scorecard.rules.Rules;

/**
 * One tiny workbook per rule: the clean row below with one thing wrong. Each must give exactly that
 * rule's finding, at the right cell and severity, and nothing else.
 *
 * <p>Columns: A Ref, B Indicator, C Polarity, D Unit, E-L Nov-18 to Jun-19, M Target, N Tolerance,
 * O Lower tolerance, P Upper tolerance, Q Numerator, R Denominator, S Change, T RAG, U Caveat. Row
 * 2 is the header; the first indicator is on row 3.
 */
final class RuleFixturesTest {

  private static final Scorecard SCORECARD = new Scorecard();
  private static final Options PUBLISH = new Options(null, false, true);

  /** A clean percentage row: 88% in Jun-19 against a 90% target with a 5pp tolerance (Amber). */
  static FixtureWorkbook.Row clean(FixtureWorkbook fx) {
    return clean(fx.main());
  }

  static FixtureWorkbook.Row clean(FixtureWorkbook.Sheet sheet) {
    return sheet
        .row("CIN 1", "Assessments completed within 45 days", "Higher is better", "%")
        .values(0.84, 0.86, 0.85, 0.87, 0.86, 0.88, 0.87, 0.88)
        .target(0.9)
        .tolerance("5pp");
  }

  /** A clean count row: children with a child protection plan. */
  static FixtureWorkbook.Row count(FixtureWorkbook fx) {
    return fx.row("CP 1", "Number of children with a child protection plan", "Not rated", "Number")
        .values(312, 305, 298, 310, 315, 309, 301, 307);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        under(
            // "cin1" is CIN 1 typed another way, which the rules match: only ZZ 9 is unknown.
            new Options(
                new Rules(
                    null,
                    Map.of(
                        "ZZ 9",
                        new Rules.IndicatorRule(null, "50%", null),
                        "cin1",
                        new Rules.IndicatorRule(null, null, null)),
                    Map.of(),
                    null,
                    "rules.yaml"),
                false,
                false),
            "rules-unknown-id",
            "!",
            Severity.WARNING,
            "rules.yaml names ZZ 9, which is not in the workbook",
            fx -> clean(fx)),
        fires(
            "percent-range",
            "L3",
            Severity.ERROR,
            "Jun-19 is 112%: a percentage cannot exceed 100%",
            fx -> clean(fx).set("Jun-19", 1.12)),
        fires(
            "percent-range",
            "L3",
            Severity.ERROR,
            "Jun-19 is -5%: a percentage cannot be below 0%",
            fx -> clean(fx).set("Jun-19", -0.05)),
        fires(
            "percent-range",
            "L3",
            Severity.ERROR,
            "Jun-19 is 112%: a percentage cannot exceed 100%",
            fx -> clean(fx).format("General").values(84, 86, 85, 87, 86, 88, 87, 112)),
        fires(
            "target-range",
            "M3",
            Severity.ERROR,
            "Target is 105%: a percentage must be from 0% to 100%",
            fx -> clean(fx).target(1.05)),
        fires(
            "negative-count",
            "L3",
            Severity.ERROR,
            "Jun-19 is -3: a count cannot be negative",
            fx -> count(fx).set("Jun-19", -3)),
        fires(
            "fractional-count",
            "L3",
            Severity.ERROR,
            "Jun-19 is 307.5: a count of people or cases must be a whole number",
            fx -> count(fx).set("Jun-19", 307.5)),
        fires(
            "numerator-above-denominator",
            "Q3",
            Severity.ERROR,
            "Numerator 120 is above the denominator 100: a percentage cannot exceed 100%",
            fx -> clean(fx).set("Numerator", 120).set("Denominator", 100)),
        fires(
            "zero-denominator",
            "R3",
            Severity.ERROR,
            "Denominator is 0 but Jun-19 shows 88%: nothing can be worked out from a denominator of"
                + " 0",
            fx -> clean(fx).set("Numerator", 0).set("Denominator", 0)),
        fires(
            "band-backwards",
            "O3",
            Severity.ERROR,
            "Lower tolerance 77% is above the upper tolerance 75.2%: the band runs backwards",
            fx ->
                clean(fx)
                    .tolerance(null)
                    .set("Lower tolerance", 0.77)
                    .set("Upper tolerance", 0.752)),
        fires(
            "amber-wrong-side",
            "O3",
            Severity.ERROR,
            "Lower tolerance 95% is above the target 90%: for higher is better, amber must lie"
                + " below the target",
            fx -> clean(fx).set("Lower tolerance", 0.95)),
        fires(
            "duplicate-id",
            "A4",
            Severity.ERROR,
            "CIN 1 is already the id of row 3: the same indicator id twice in one table",
            fx -> {
              clean(fx);
              count(fx).set("Ref", "CIN 1");
            }),
        fires(
            "duplicate-period",
            "H2",
            Severity.ERROR,
            "June 2019 (column H) is the same period as Jun-19 (column G): two columns for one"
                + " period",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2019, 4),
                      YearMonth.of(2019, 5),
                      YearMonth.of(2019, 6),
                      "June 2019");
              fx.row("CIN 1", "Assessments completed within 45 days", "Higher is better", "%")
                  .values(0.86, 0.87, 0.88, 0.88);
            }),
        fires(
            "excel-error",
            "L3",
            Severity.ERROR,
            "Jun-19 is #DIV/0!: an Excel error where a figure should be; fix the formula or write a"
                + " marker such as TBC",
            fx -> clean(fx).set("Jun-19", new FixtureWorkbook.Error("#DIV/0!"))),
        fires(
            "uncalculated-formula",
            "L3",
            Severity.WARNING,
            "Jun-19 is a formula that was never calculated (Q3/R3): open and save the workbook in"
                + " Excel",
            fx -> clean(fx).set("Jun-19", new Formula("Q3/R3"))),
        fires(
            "not-a-figure",
            "L3",
            Severity.WARNING,
            "Jun-19 is \"about 88\": not a number or a recognised marker (TBC, N/A, c, x)",
            fx -> clean(fx).set("Jun-19", "about 88")),
        fires(
            "percent-mismatch",
            "L3",
            Severity.WARNING,
            "Jun-19 is 2.5% but 7 of 263 is 2.7%: the percentage does not match its numerator and"
                + " denominator",
            fx ->
                fx.row("LAC 4", "Children returning home within 7 days", "Lower is better", "%")
                    .format("0.0%")
                    .values(0.031, 0.029, 0.027, 0.030, 0.028, 0.026, 0.027, 0.025)
                    .target(0.03)
                    .tolerance("1pp")
                    .set("Numerator", 7)
                    .set("Denominator", 263)),
        fires(
            "mixed-scale",
            "E3",
            Severity.WARNING,
            "Nov-18 is 0.84 but Jun-19 is 88%: percentages on two scales in one row (0.84 reads as"
                + " 0.84%; is it 84%?)",
            fx -> clean(fx).format("General").values(0.84, 86, 85, 87, 86, 88, 87, 88).target(90)),
        fires(
            "text-number",
            "L3",
            Severity.WARNING,
            "Jun-19 holds 88% as text, not a number: Excel cannot calculate or compare with it",
            fx -> clean(fx).set("Jun-19", "88%")),
        fires(
            "value-jump",
            "L3",
            Severity.WARNING,
            "Jun-19 is 45%, far outside this indicator's history: its 7 earlier figures have a"
                + " median of 86% and typically lie within 2pp of it",
            fx -> clean(fx).set("Jun-19", 0.45)),
        fires(
            "target-differs",
            "Detail!M3",
            Severity.WARNING,
            "Target for CIN 1 is 80% here but 90% in Scorecard!M3: one indicator with two targets",
            fx -> {
              clean(fx);
              clean(fx.sheet("Detail")).target(0.8);
            }),
        fires(
            "polarity-differs",
            "Detail!C3",
            Severity.WARNING,
            "Polarity for CIN 1 is Lower is better here but Higher is better in Scorecard!C3: one"
                + " indicator rated two ways",
            fx -> {
              clean(fx);
              clean(fx.sheet("Detail")).set("Polarity", "Lower is better");
            }),
        fires(
            "title-differs",
            "Detail!B3",
            Severity.INFO,
            "Title for CIN 1 is \"Assessments completed in 45 working days\" here but \"Assessments"
                + " completed within 45 days\" in Scorecard!B3: is it the same indicator?",
            fx -> {
              clean(fx);
              clean(fx.sheet("Detail"))
                  .set("Indicator", "Assessments completed in 45 working days");
            }),
        fires(
            "rag-disagrees",
            "T3",
            Severity.WARNING,
            "RAG says Green; the figures give Amber (Jun-19 is 88% against a target of 90%)",
            fx -> clean(fx).set("RAG", "Green")),
        fires(
            "change-disagrees",
            "S3",
            Severity.WARNING,
            "Change says Up 2%; the figures give Up 1pp (87% in May-19 to 88% in Jun-19)",
            fx -> clean(fx).set("Change", "Up 2%")),
        fires(
            "ambiguous-tolerance",
            "N3",
            Severity.INFO,
            "Tolerance is 5% on a percentage: read as 5% of the target (4.5pp on 90%), not 5pp;"
                + " write 5pp or \"5% of target\" to say which",
            fx -> clean(fx).tolerance("5%")),
        fires(
            "small-denominator",
            "R3",
            Severity.INFO,
            "Denominator is 8: a single case moves the rate by 12.5pp; say so in a caveat",
            fx -> clean(fx).set("Numerator", 7).set("Denominator", 8)),
        fires(
            "comparator-scale",
            "V3",
            Severity.WARNING,
            "England is 0.51% beside 88% in Jun-19: it looks like another scale than the row (a"
                + " rate, a count or a fraction); check the column",
            // 0.0051 formatted as a percentage: a fraction of a fraction, 51% meant.
            fx -> clean(fx).set("England", 0.0051)),
        fires(
            "zero-repeat",
            "L3",
            Severity.WARNING,
            "Jun-19 is 0% on a repeat measure: zero usually means repeats are not being recorded,"
                + " not that there were none",
            fx ->
                fx.row("CIN 7", "Re-referrals within 12 months", "Lower is better", "%")
                    .values(0.02, 0.01, 0.0, 0.01, 0.02, 0.01, 0.01, 0.0)
                    .target(0.15)
                    .tolerance("2pp")),
        fires(
            "periods-out-of-order",
            "G2",
            Severity.WARNING,
            "May-19 (column G) comes after Jun-19 (column F): period columns are not in date order",
            fx -> {
              fx.main().periods("Apr-19", "Jun-19", "May-19");
              fx.row("CIN 1", "Assessments completed within 45 days", "Higher is better", "%")
                  .values(0.86, 0.88, 0.87);
            }),
        fires(
            "period-gap",
            "G2",
            Severity.WARNING,
            "Apr-19 follows Feb-19: Mar-19 is missing",
            fx -> {
              fx.main()
                  .periods(
                      YearMonth.of(2019, 1),
                      YearMonth.of(2019, 2),
                      YearMonth.of(2019, 4),
                      YearMonth.of(2019, 5));
              fx.row("CIN 1", "Assessments completed within 45 days", "Higher is better", "%")
                  .values(0.86, 0.88, 0.87, 0.88);
            }),
        fires(
            "latest-period-blank",
            "L2",
            Severity.WARNING,
            "Jun-19 is blank for 2 of 3 indicators: is the latest period's data missing?",
            fx -> {
              clean(fx).set("Jun-19", null);
              count(fx).set("Jun-19", null);
              fx.row(
                      "CIN 2",
                      "Referrals within 12 months of a previous referral",
                      "Lower is better",
                      "%")
                  .values(0.2, 0.21, 0.19, 0.22, 0.2, 0.21, 0.2, 0.19);
            }),
        fires(
            "officer-value-kept",
            "T3",
            Severity.INFO,
            "RAG holds \"see note\", not words we write, so it is kept; the figures give Amber",
            fx -> clean(fx).set("RAG", "see note")),
        fires(
            "rag-disagrees",
            "T3",
            Severity.WARNING,
            "RAG says Blue; the figures give Amber (Jun-19 is 88% against a target of 90%)",
            fx -> clean(fx).set("RAG", "Blue")),
        publishing(
            "unsuppressed-small-count",
            "L3",
            Severity.WARNING,
            "Jun-19 is 3: a count from 1 to 5 can identify children; suppress it (write c) before"
                + " publishing",
            fx ->
                fx.row("MIS 2", "Number of children missing from care", "Not rated", "Number")
                    .values(8, 7, 9, 6, 8, 7, 9, 3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"rules", "uk.scorecard.check.CrossCellFixtures#rules"})
  void firesAtTheCellWithItsSeverityAndNothingElse(
      String code,
      Options options,
      String where,
      Severity severity,
      String message,
      Consumer<FixtureWorkbook> build)
      throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    build.accept(fx);
    List<Finding> findings = SCORECARD.check(fx.input(), options).findings();
    String sheet = where.contains("!") ? where.substring(0, where.indexOf('!')) : "Scorecard";
    String cell = where.substring(where.indexOf('!') + 1);
    assertThat(findings).as("findings").extracting(Finding::code).containsOnly(code);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sheet()).isEqualTo(sheet);
              assertThat(f.cell()).isEqualTo(cell);
              assertThat(f.severity()).isEqualTo(severity);
              assertThat(f.message()).isEqualTo(message);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"rules", "uk.scorecard.check.CrossCellFixtures#rules"})
  void theRulesFileSwitchesItOffOrChangesItsSeverity(
      String code,
      Options options,
      String where,
      Severity severity,
      String message,
      Consumer<FixtureWorkbook> build)
      throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    build.accept(fx);
    Input input = fx.input();
    Severity other = severity == Severity.INFO ? Severity.WARNING : Severity.INFO;
    List<Finding> off = SCORECARD.check(input, switched(options, code, "off")).findings();
    List<Finding> moved = SCORECARD.check(input, switched(options, code, other.word())).findings();
    assertThat(off).extracting(Finding::code).doesNotContain(code);
    assertThat(moved)
        .filteredOn(f -> f.code().equals(code))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(other));
  }

  /** The fixture's options with the rules file setting one check's severity (or "off"). */
  private static Options switched(Options options, String code, String setting) {
    Map<String, String> checks = new HashMap<>(options.rules().checks());
    checks.put(code, setting);
    Rules r = options.rules();
    return options.withRules(
        new Rules(r.defaultTolerance(), r.indicators(), checks, r.defaultBlue()));
  }

  @Test
  void everyRuleHasAFixtureExceptTheCap() {
    List<String> covered =
        Stream.concat(rules(), CrossCellFixtures.rules()).map(a -> (String) a.get()[0]).toList();
    assertThat(RuleCatalogue.all())
        .extracting(RuleDoc::code)
        .filteredOn(c -> !c.equals("findings-capped"))
        // The reader's own findings have their fixtures in uk.scorecard.read's tests.
        .filteredOn(c -> !uk.scorecard.read.ReadCodes.READER_ONLY.contains(c))
        .allMatch(covered::contains, "has a fixture");
  }

  @Test
  void theCleanRowGivesNoFindings() throws Exception {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    clean(fx);
    count(fx);
    assertThat(SCORECARD.check(fx.input(), PUBLISH).findings()).isEmpty();
  }

  static Arguments fires(
      String code, String cell, Severity s, String message, Consumer<FixtureWorkbook> b) {
    return Arguments.of(code, Options.DEFAULT, cell, s, message, Named.of(cell, b));
  }

  static Arguments publishing(
      String code, String cell, Severity s, String message, Consumer<FixtureWorkbook> b) {
    return Arguments.of(code, PUBLISH, cell, s, message, Named.of(cell, b));
  }

  /** A fixture checked under these options rather than the default ones. */
  static Arguments under(
      Options options,
      String code,
      String cell,
      Severity s,
      String message,
      Consumer<FixtureWorkbook> b) {
    return Arguments.of(code, options, cell, s, message, Named.of(cell, b));
  }
}
