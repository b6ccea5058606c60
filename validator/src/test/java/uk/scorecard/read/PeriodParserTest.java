package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.model.Period.Kind.MONTH;
import static uk.scorecard.model.Period.Kind.QUARTER;
import static uk.scorecard.model.Period.Kind.ROLLING_YEAR;
import static uk.scorecard.model.Period.Kind.TERM;
import static uk.scorecard.model.Period.Kind.YEAR;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import uk.scorecard.model.Period;
import uk.scorecard.model.Period.Kind;

/** Headers as officers write them, and the dates each one covers. */
final class PeriodParserTest {

  static Stream<Arguments> periods() {
    return Stream.of(
        // Months, as text in any of the ways seen in Croydon-style workbooks.
        row("Jun-19", "2019-06-01", "2019-06-30", MONTH),
        row("Jun 19", "2019-06-01", "2019-06-30", MONTH),
        row("June 2019", "2019-06-01", "2019-06-30", MONTH),
        row("Jun 2019", "2019-06-01", "2019-06-30", MONTH),
        row("June-2019", "2019-06-01", "2019-06-30", MONTH),
        row("2019-06", "2019-06-01", "2019-06-30", MONTH),
        row("06/2019", "2019-06-01", "2019-06-30", MONTH),
        row("6/2019", "2019-06-01", "2019-06-30", MONTH),
        row("jun-19", "2019-06-01", "2019-06-30", MONTH),
        row("JUNE 2019", "2019-06-01", "2019-06-30", MONTH),
        row("Sept 2019", "2019-09-01", "2019-09-30", MONTH),
        row("September 2019", "2019-09-01", "2019-09-30", MONTH),
        row("Sep-19 *", "2019-09-01", "2019-09-30", MONTH),
        row("Jul-19 (p)", "2019-07-01", "2019-07-31", MONTH),
        row("Jul-19 (provisional)", "2019-07-01", "2019-07-31", MONTH),
        row("Jul-19 †", "2019-07-01", "2019-07-31", MONTH),
        row("Jul-19r", "2019-07-01", "2019-07-31", MONTH),
        row("Mar-18 r", "2018-03-01", "2018-03-31", MONTH),
        row("Feb-20", "2020-02-01", "2020-02-29", MONTH),
        row("Dec-99", "1999-12-01", "1999-12-31", MONTH),
        // Financial quarters: Q1 is April to June, Q4 January to March of the later year.
        row("Q1 2018/19", "2018-04-01", "2018-06-30", QUARTER),
        row("Q1 2018-19", "2018-04-01", "2018-06-30", QUARTER),
        row("Q4 17/18", "2018-01-01", "2018-03-31", QUARTER),
        row("Q2 2024/25", "2024-07-01", "2024-09-30", QUARTER),
        row("Q3 2018/19", "2018-10-01", "2018-12-31", QUARTER),
        row("2018/19 Q1", "2018-04-01", "2018-06-30", QUARTER),
        row("Qtr 1 2018/19", "2018-04-01", "2018-06-30", QUARTER),
        row("Quarter 1 2018/19", "2018-04-01", "2018-06-30", QUARTER),
        row("Q4\n2022-23", "2023-01-01", "2023-03-31", QUARTER),
        row("Q4 2017/18 *", "2018-01-01", "2018-03-31", QUARTER),
        // Calendar quarters: a single year means Q1 is January to March.
        row("Q1 2019", "2019-01-01", "2019-03-31", QUARTER),
        row("Q4 2019", "2019-10-01", "2019-12-31", QUARTER),
        // Financial years run 1 April to 31 March.
        row("2018/19", "2018-04-01", "2019-03-31", YEAR),
        row("2018-19", "2018-04-01", "2019-03-31", YEAR),
        row("2018–19", "2018-04-01", "2019-03-31", YEAR),
        row("2018/2019", "2018-04-01", "2019-03-31", YEAR),
        row("FY 2018/19", "2018-04-01", "2019-03-31", YEAR),
        row("18/19", "2018-04-01", "2019-03-31", YEAR),
        row("99/00", "1999-04-01", "2000-03-31", YEAR),
        // Could be September 2008; council reports mean the financial year far more often.
        row("2008-09", "2008-04-01", "2009-03-31", YEAR),
        // Academic terms.
        row("Autumn 2017/18", "2017-09-01", "2017-12-31", TERM),
        row("Spring 2017/18", "2018-01-01", "2018-03-31", TERM),
        row("Summer 2017/18", "2018-04-01", "2018-08-31", TERM),
        row("Autumn term 2017/18", "2017-09-01", "2017-12-31", TERM),
        row("Autumn 2017", "2017-09-01", "2017-12-31", TERM),
        row("Spring 2018", "2018-01-01", "2018-03-31", TERM),
        // Rolling years.
        row("Apr 17 – Mar 18", "2017-04-01", "2018-03-31", ROLLING_YEAR),
        row("Apr 17 - Mar 18", "2017-04-01", "2018-03-31", ROLLING_YEAR),
        row("April 2017 to March 2018", "2017-04-01", "2018-03-31", ROLLING_YEAR),
        row("12 months to Mar 18", "2017-04-01", "2018-03-31", ROLLING_YEAR),
        row("Jul 18 - Jun 19", "2018-07-01", "2019-06-30", ROLLING_YEAR),
        row("Rolling 12 months to Feb 2020", "2019-03-01", "2020-02-29", ROLLING_YEAR),
        // Calendar years, only as a bare four-digit year in range.
        row("2019", "2019-01-01", "2019-12-31", YEAR),
        row("1990", "1990-01-01", "1990-12-31", YEAR),
        row("2100", "2100-01-01", "2100-12-31", YEAR));
  }

  private static Arguments row(String header, String start, String end, Kind kind) {
    return Arguments.of(header, LocalDate.parse(start), LocalDate.parse(end), kind);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("periods")
  void readsThePeriodAHeaderNames(String header, LocalDate start, LocalDate end, Kind kind) {
    assertThat(PeriodParser.parse(header))
        .get()
        .extracting(Period::start, Period::end, Period::kind)
        .containsExactly(start, end, kind);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @NullAndEmptySource
  @CsvSource({
    "'   '",
    "Jul-19 as number",
    "Target 2024/25",
    "Change since Jun-19",
    "Target",
    "Indicator",
    "RAG",
    "Q1 target",
    "Number of children",
    "% change 2018/19",
    "2018/19 target",
    "'Performance in June 2019 was below target, as in May 2019'",
    "Jul-19 TBC",
    "TBC",
    "TBC *",
    "*",
    "Jun",
    "Autumn",
    "Year to date",
    "13/2019",
    "00/2019",
    "2019-13",
    "2018/20",
    "2018/2020",
    "17/19",
    "16-17",
    "19",
    "1989",
    "2101",
    "Jun 1989",
    "Jun 2101",
    "Q5 2018/19",
    "Q0 2018/19",
    "Q4 2100/01",
    "Apr 17 - Jun 17",
    "Mar 18 - Apr 17",
  })
  void rejectsHeadersThatAreNotPeriods(String header) {
    assertThat(PeriodParser.parse(header)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "'  Sep-19 * '      | Sep-19 *",
        "'Jun\u00A02019'    | Jun 2019",
        "'Q4\n2022-23'      | Q4 2022-23",
        "'Q4\r\n  2022-23'  | Q4 2022-23",
        "Apr 17 – Mar 18    | Apr 17 – Mar 18",
        "jun-19 (P)         | jun-19 (P)",
      })
  void keepsTheLabelAsWrittenWithItsWhitespaceCollapsed(String header, String label) {
    assertThat(PeriodParser.parse(header)).map(Period::label).contains(label);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2019-06-01, Jun-19, 2019-06-01, 2019-06-30",
    "2019-06-15, Jun-19, 2019-06-01, 2019-06-30",
    "2019-09-30, Sep-19, 2019-09-01, 2019-09-30",
    "2020-02-10, Feb-20, 2020-02-01, 2020-02-29",
    "2018-12-31, Dec-18, 2018-12-01, 2018-12-31",
    "2005-05-03, May-05, 2005-05-01, 2005-05-31",
    "2000-01-01, Jan-00, 2000-01-01, 2000-01-31",
    "1999-11-20, Nov-99, 1999-11-01, 1999-11-30",
  })
  void namesTheMonthOfAnExcelDate(LocalDate date, String label, LocalDate start, LocalDate end) {
    assertThat(PeriodParser.month(date)).isEqualTo(new Period(label, start, end, MONTH));
  }

  @Test
  void aDateCellAndATextHeaderForTheSameMonthCoverTheSameDates() {
    Period fromDate = PeriodParser.month(LocalDate.of(2019, 6, 1));

    for (String header : List.of("Jun-19", "June 2019", "2019-06", "06/2019")) {
      assertThat(PeriodParser.parse(header)).get().matches(fromDate::sameDatesAs, header);
    }
  }

  @Test
  void quartersSortByDateAcrossFinancialYears() {
    assertThat(parseAll("Q1 2018/19", "Q3 2018/19", "Q4 17/18", "Q2 2018/19").sorted())
        .extracting(Period::label)
        .containsExactly("Q4 17/18", "Q1 2018/19", "Q2 2018/19", "Q3 2018/19");
  }

  @Test
  void monthsSortByDateWhateverTheirColumnOrder() {
    assertThat(parseAll("Jul-19", "Jan-19", "Dec-18", "Jul-18", "Jun-19").sorted())
        .extracting(Period::label)
        .containsExactly("Jul-18", "Dec-18", "Jan-19", "Jun-19", "Jul-19");
  }

  private static Stream<Period> parseAll(String... headers) {
    return Stream.of(headers).map(PeriodParser::parse).map(Optional::orElseThrow);
  }
}
