package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.count;
import static uk.scorecard.fixtures.Value.error;
import static uk.scorecard.fixtures.Value.formula;
import static uk.scorecard.fixtures.Value.general;
import static uk.scorecard.fixtures.Value.num;
import static uk.scorecard.fixtures.Value.pct;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Finding;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.Reading;
import uk.scorecard.rules.Rules;

/** Figures as officers type them, and the unit each indicator is taken to have. */
class ValuesTest {

  @Test
  void readsEveryKindOfValueAndInfersUnits() throws Exception {
    byte[] wb =
        WorkbookBuilder.scorecard()
            .row("Ref", "Indicator", "Unit", "Jun-19", "Jul-19", "Target")
            .row("V1", "Contacts with a decision in a day", null, "85%", "87.5%")
            .row("V2", "Plans reviewed", "%", general(85), general(90))
            .row("V3", "Referrals received", null, "838", "1,204")
            .row("V4", "Children missing education", null, "<5", "TBC *")
            .row("V5", "Children in need", null, "c", "[x]")
            .row("V6", "Children in care", null, formula("2*21", 42.0), formula("2*22", null))
            .row("V7", "Contacts per worker", null, error("#DIV/0!"), error("#N/A"))
            .row("U1", "Percentage of children seen alone", null, general(0.85), general(0.9))
            .row("U2", "% of plans reviewed", null, general(0.5), general(0.75))
            .row("U3", "Number of referrals", null, count(410), count(388))
            .row("U4", "Average caseload", null, num(16.2, "0.0"), num(16.4, "0.0"))
            .row("U5", "Rate per 10,000 children", null, general(320.5), general(318))
            .row("U6", "Days from entering care to adoption", null, general(486), general(470))
            .row("U7", "Timeliness of adoption (weeks)", null, general(61), general(58))
            .row("U8", "Contacts progressing to referral", null, pct(0.31), pct(0.28))
            .bytes();
    ReadWorkbook read = WorkbookReader.read(wb, Rules.NONE);
    String dump =
        read.tables().get(0).rows().stream()
            .map(
                r ->
                    r.id()
                        + " "
                        + r.unit()
                        + ": "
                        + r.observations().stream()
                            .map(o -> TableDump.reading(o.reading(), r.unit()))
                            .collect(Collectors.joining(" / ")))
            .collect(Collectors.joining("\n"));
    assertThat(dump)
        .isEqualTo(
            """
        V1 PERCENT: 85%(text) / 87.5%(text)
        V2 PERCENT: 85% / 90%
        V3 DECIMAL: 838(text) / 1204(text)
        V4 DECIMAL: <5 / TBC *
        V5 DECIMAL: c / [x]
        V6 DECIMAL: 42 / =2*22
        V7 DECIMAL: #DIV/0! / #N/A
        U1 PERCENT: 85% / 90%
        U2 PERCENT: 50% / 75%
        U3 COUNT: 410 / 388
        U4 DECIMAL: 16.2 / 16.4
        U5 DECIMAL: 320.5 / 318
        U6 DECIMAL: 486 / 470
        U7 DECIMAL: 61 / 58
        U8 PERCENT: 31% / 28%""");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "c", "x", "z", "k", "u", ":", "..", "[c]", "[x]", "[z]", "TBC", "TBC *", "-", "*", "<5",
        " c "
      })
  void officialStatisticsMarkersAreMarkers(String text) {
    assertThat(ValueReader.text(text, null)).isInstanceOf(Reading.Marker.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "N/A",
        "n/a",
        "NA",
        "Not applicable",
        "See Part 2 report",
        "see confidential report",
        "Reported separately",
        "Reported to the Part II panel",
        "Withheld"
      })
  void aFigureHeldElsewhereOrNotApplicableIsWithheld(String text) {
    assertThat(ValueReader.text(text, null)).isInstanceOf(Reading.Withheld.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Seen by manager", "Report due", "missing", "12 (see note)"})
  void otherTextIsNotWithheld(String text) {
    assertThat(ValueReader.text(text, null)).isNotInstanceOf(Reading.Withheld.class);
  }

  @Test
  void aTargetFormulaWithNoSavedResultIsReportedNotGuessed() throws Exception {
    byte[] wb =
        WorkbookBuilder.scorecard()
            .row("Ref", "Indicator", "Jun-19", "Jul-19", "Target")
            .row("FD 7", "% of contacts", pct(0.8), formula("0.5+0.5", null), formula("F9*2", null))
            .bytes();
    ReadWorkbook read = WorkbookReader.read(wb, Rules.NONE);
    assertThat(read.tables().get(0).rows().get(0).target()).isNull();
    assertThat(read.findings())
        .extracting(Finding::cell, Finding::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("E2", ReadCodes.UNCALCULATED_FORMULA));
    assertThat(read.findings().get(0).message())
        .isEqualTo(
            "Target formula =F9*2 has no saved"
                + " result: open the workbook in Excel, let it calculate and save it; the value is not"
                + " guessed");
  }
}
