package uk.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.rate.Rater;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.rules.Rules;

/** Clean workbooks give no errors, and only the warnings a performance officer would agree with. */
final class CleanScorecardTest {

  private static final Scorecard SCORECARD = new Scorecard();

  /** Our template as an officer receives it: indicators and their rules, no figures yet. */
  static FixtureWorkbook template() {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    fx.main().months(YearMonth.of(2019, 4), 12).section("FRONT DOOR");
    fx.row("FD 1", "Contacts received", "Not rated", "Number");
    fx.row("FD 2", "Re-referrals within 12 months", "Lower is better", "%")
        .target(0.2)
        .tolerance("5pp");
    fx.main().section("CHILDREN IN CARE");
    fx.row("LAC 2", "Children with 3 or more placements in the year", "Within range", "%")
        .target("8% to 12%")
        .tolerance("2pp");
    fx.row("W1", "Average caseload per social worker", "Lower is better", "Decimal")
        .target(20)
        .tolerance("10%");
    return fx;
  }

  /**
   * A monthly board scorecard, Jul-18 to Jul-19, as an officer fills it in: four sections, counts,
   * percentages, averages and a band, RAG and Change written by hand in the usual styles, one
   * indicator reported in arrears. Every RAG and Change agrees with the figures.
   */
  static FixtureWorkbook realistic(boolean withRagAndChange) {
    FixtureWorkbook fx = FixtureWorkbook.scorecard();
    FixtureWorkbook.Sheet s = fx.main().months(YearMonth.of(2018, 7), 13);
    s.section("FRONT DOOR");
    row(
        s,
        "FD 1",
        "Contacts received",
        "Not rated",
        "Number",
        null,
        null,
        1850,
        1790,
        1920,
        2010,
        1955,
        1680,
        2050,
        1980,
        2100,
        2040,
        1990,
        2070,
        1930);
    row(
            s,
            "FD 2",
            "Referrals within 12 months of a previous referral",
            "Lower is better",
            "%",
            0.2,
            "5pp",
            .21,
            .19,
            .22,
            .20,
            .23,
            .21,
            .20,
            .22,
            .19,
            .21,
            .20,
            .18,
            .19)
        .set("Change", "Up 1pp")
        .set("RAG", "Green");
    row(
            s,
            "FD 3",
            "Contacts progressed to referral within 1 working day",
            "Higher is better",
            "%",
            0.95,
            "5pp",
            .91,
            .93,
            .92,
            .94,
            .95,
            .93,
            .96,
            .95,
            .94,
            .96,
            .97,
            .95,
            .96)
        .set("Change", "+1pp")
        .set("RAG", "G");
    s.section("ASSESSMENT AND CHILD PROTECTION");
    row(
            s,
            "CIN 4",
            "Assessments completed within 45 working days",
            "Higher is better",
            "%",
            0.9,
            "5pp",
            .78,
            .81,
            .80,
            .83,
            .85,
            .82,
            .84,
            .86,
            .85,
            .87,
            .86,
            .88,
            .87)
        .set("Numerator", 287)
        .set("Denominator", 330)
        .set("Change", "Down 1pp")
        .set("RAG", "A");
    row(
            s,
            "CP 2",
            "Child protection plans lasting 2 years or more",
            "Lower is better",
            "%",
            0.03,
            "2pp",
            .03,
            .04,
            .03,
            .02,
            .03,
            .04,
            .03,
            .03,
            .02,
            .03,
            .04,
            .03,
            .03)
        .set("Numerator", 9)
        .set("Denominator", 301)
        .set("Change", "No change")
        .set("RAG", "Green");
    row(
            s,
            "CP 3",
            "Children subject to a plan for a second or subsequent time",
            "Lower is better",
            "%",
            0.2,
            "5pp",
            .18,
            .20,
            .17,
            .19,
            .21,
            .18,
            .20,
            .22,
            .19,
            .18,
            .20,
            .21,
            .19)
        .set("Change", "▼ 2pp")
        .set("RAG", "Green");
    row(
            s,
            "CP 4",
            "Child protection visits within timescale",
            "Higher is better",
            "%",
            0.95,
            "10% of target",
            .921,
            .934,
            .915,
            .940,
            .952,
            .938,
            .946,
            .951,
            .957,
            .949,
            .960,
            .955,
            .962)
        .format("0.0%")
        .set("Change", "Up 0.7pp")
        .set("RAG", "Green");
    s.section("CHILDREN IN CARE");
    row(
            s,
            "LAC 1",
            "Number of children in care",
            "Not rated",
            "Number",
            null,
            null,
            812,
            818,
            825,
            821,
            830,
            838,
            834,
            841,
            845,
            850,
            847,
            853,
            858)
        .set("Change", "Up 5");
    row(
            s,
            "LAC 2",
            "Children with 3 or more placements in the year",
            "Within range",
            "%",
            "8% to 12%",
            "2pp",
            .10,
            .11,
            .09,
            .10,
            .12,
            .11,
            .10,
            .09,
            .10,
            .11,
            .10,
            .09,
            .10)
        .set("Change", "Up 1pp")
        .set("RAG", "Green");
    row(
            s,
            "LAC 3",
            "Care leavers with an up to date pathway plan",
            "Higher is better",
            "%",
            0.95,
            "5pp",
            .82,
            .84,
            .85,
            .83,
            .86,
            .88,
            .87,
            .89,
            .90,
            .88,
            .91,
            .90,
            .92)
        .set("Numerator", 184)
        .set("Denominator", 200)
        .set("Change", "Up 2pp")
        .set("RAG", "Amber");
    row(
            s,
            "LAC 4",
            "Children adopted within 14 months of entering care",
            "Higher is better",
            "%",
            0.6,
            "10pp",
            .50,
            .57,
            .60,
            .50,
            .67,
            .60,
            .50,
            .57,
            .67,
            .60,
            .50,
            .57,
            .67)
        .set("Numerator", 4)
        .set("Denominator", 6)
        .set("Change", "Up 10pp")
        .set("RAG", "Green");
    row(
            s,
            "LAC 5",
            "Average days between entering care and moving in with an adoptive family",
            "Lower is better",
            "Decimal",
            426,
            "10%",
            420,
            398,
            445,
            410,
            390,
            402,
            385,
            410,
            376,
            395,
            380,
            372,
            "TBC *")
        .set("RAG", "Green")
        .set("Caveat", "Reported one month in arrears");
    s.section("WORKFORCE");
    row(
            s,
            "W1",
            "Average caseload per social worker",
            "Lower is better",
            "Decimal",
            20,
            "10%",
            17.2,
            17.8,
            18.1,
            17.5,
            18.4,
            18.9,
            18.2,
            17.9,
            18.6,
            19.1,
            18.8,
            19.4,
            19.8)
        .format("0.0")
        .set("Change", "↑ 0.4")
        .set("RAG", "Green");
    row(
            s,
            "W2",
            "Social worker vacancy rate",
            "Lower is better",
            "%",
            0.15,
            "5pp",
            .18,
            .17,
            .19,
            .20,
            .18,
            .17,
            .16,
            .17,
            .15,
            .16,
            .15,
            .14,
            .15)
        .set("Change", "Up 1pp")
        .set("RAG", "Green");
    row(
            s,
            "W3",
            "Agency social workers",
            "Lower is better",
            "%",
            0.18,
            "5pp",
            .25,
            .24,
            .26,
            .23,
            .22,
            .24,
            .23,
            .21,
            .22,
            .20,
            .21,
            .19,
            .20)
        .set("Change", "Up 1pp")
        .set("RAG", "Amber");
    if (!withRagAndChange) {
      s.rows().forEach(r -> r.set("RAG", null).set("Change", null));
    }
    return fx;
  }

  private static FixtureWorkbook.Row row(
      FixtureWorkbook.Sheet s,
      String ref,
      String title,
      String polarity,
      String unit,
      Object target,
      String tolerance,
      Object... values) {
    return s.row(ref, title, polarity, unit).values(values).target(target).tolerance(tolerance);
  }

  @Test
  void theTemplateGivesNoFindings() throws Exception {
    assertThat(SCORECARD.check(template().input(), Options.DEFAULT).findings()).isEmpty();
  }

  @Test
  void theRealisticScorecardGivesNoErrorsAndOnlyTheSmallDenominator() throws Exception {
    List<Finding> findings = SCORECARD.check(realistic(true).input(), Options.DEFAULT).findings();
    assertThat(findings)
        .extracting(Finding::code, Finding::cell, Finding::severity)
        .containsExactly(tuple("small-denominator", "W16", Severity.INFO));
    assertThat(findings.get(0).message())
        .isEqualTo("Denominator is 6: a single case moves the rate by 16.7pp; say so in a caveat");
  }

  @Test
  void ratingAnAlreadyRatedWorkbookFindsNoDisagreement() throws Exception {
    FixtureWorkbook fx = realistic(false);
    Map<String, RatedIndicator> ours = rate(fx);
    for (FixtureWorkbook.Row r : fx.main().rows()) {
      RatedIndicator rated = ours.get((String) r.get("Ref"));
      r.set("RAG", rated.rating().word()).set("Change", rated.change());
    }
    assertThat(SCORECARD.check(fx.input(), Options.DEFAULT).findings())
        .extracting(Finding::code)
        .doesNotContain("rag-disagrees", "change-disagrees");
  }

  @Test
  void publishingAsksForSmallCountsToBeSuppressed() throws Exception {
    List<Finding> findings =
        SCORECARD.check(realistic(true).input(), new Options(null, false, true)).findings();
    assertThat(findings)
        .filteredOn(f -> f.code().equals("unsuppressed-small-count"))
        .extracting(Finding::cell)
        .containsExactly("V16");
  }

  private static Map<String, RatedIndicator> rate(FixtureWorkbook fx) throws Exception {
    var wb = WorkbookReader.read(fx.input().bytes(), Rules.NONE);
    return new Rater(Rules.NONE)
        .rate(wb.tables()).stream()
            .collect(Collectors.toMap(r -> r.row().id(), Function.identity()));
  }
}
