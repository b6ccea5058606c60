package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.scorecard.model.Column;

/** Header cells matched by what they mean, however they are written. */
class HeaderMatcherTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
      Ref                 | ID
      Ref.                | ID
      Indicator number    | ID
      No.                 | ID
      PI                  | ID
      KPI                 | ID
      Code                | ID
      Title               | TITLE
      Indicator name      | TITLE
      Indicator title     | TITLE
      Descriptor          | TITLE
      Measure             | TITLE
      Description         | TITLE
      Target              | TARGET
      Target 2024/25      | TARGET
      Target (2024/25)    | TARGET
      2024/25 target      | TARGET
      Annual target       | TARGET
      Target*             | TARGET
      Polarity            | POLARITY
      Good is             | POLARITY
      Direction           | POLARITY
      Better if           | POLARITY
      Tolerance           | TOLERANCE
      Lower tolerance     | LOWER_TOLERANCE
      Upper tolerance     | UPPER_TOLERANCE
      Unit                | UNIT
      Numerator           | NUMERATOR
      Denominator         | DENOMINATOR
      Change              | CHANGE
      RAG                 | RAG
      BRAG                | RAG
      RAG rating          | RAG
      Rating              | RAG
      Status              | RAG
      Caveat              | CAVEAT
      Data caveat         | CAVEAT
      Notes               | CAVEAT
      Commentary          | CAVEAT
      Jul-19 as number    | -
      Lead officer        | -
      """)
  void matchesByMeaning(String header, Column expected) {
    assertThat(HeaderMatcher.match(header)).isEqualTo(expected);
  }

  @Test
  void lineBreaksAndSpacingDoNotMatter() {
    assertThat(HeaderMatcher.match("RAG\nrating")).isEqualTo(Column.RAG);
    assertThat(HeaderMatcher.match("Indicator\r\n number ")).isEqualTo(Column.ID);
    assertThat(HeaderMatcher.match("Data\u00a0caveat")).isEqualTo(Column.CAVEAT);
  }

  @Test
  void indicatorAloneIsDecidedByItsNeighbours() {
    assertThat(HeaderMatcher.match("Indicator")).isNull();
    assertThat(HeaderMatcher.isIndicator("Indicator")).isTrue();
    assertThat(HeaderMatcher.isIndicator("INDICATOR\n")).isTrue();
  }
}
