package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Reading;
import uk.scorecard.model.RuleText;
import uk.scorecard.read.grid.Numbers;
import uk.scorecard.report.Report;
import uk.scorecard.rules.Rules;

/**
 * A number longer than a spreadsheet can hold (Excel keeps 15 significant digits) is refused before
 * it is parsed: parsing and then doing sums with 99,000 digits cost the square of the digits (35 s
 * and 865 MB for the issue's 54 KB workbook).
 */
class LongDigitsTest {

  /** Far more than a refused number costs, far less than parsing one did. */
  private static final Duration QUICK = Duration.ofSeconds(1);

  @Test
  void typedDigitsBeyondFifteenSignificantAreNoFigure() {
    String digits = CostlyFiles.digits(99_000);

    Reading r = assertTimeoutPreemptively(QUICK, () -> ValueReader.text(digits, null));

    assertThat(r).isInstanceOf(Reading.Other.class);
    assertThat(ValueReader.text("1234567890123456", null)).isInstanceOf(Reading.Other.class);
    assertThat(ValueReader.text("123456789012345", null).figure()).isNotNull();
    assertThat(ValueReader.text("0.000000000000000000000000000001", null).figure()).isNotNull();
    assertThat(ValueReader.text("1,234,567.25%", null).figure()).isNotNull();
  }

  @Test
  void zerosOnlyPadAFigureUpToWhatADoubleReaches() {
    assertThat(ValueReader.text("1" + "0".repeat(300), null).figure()).isNotNull();
    assertThat(ValueReader.text("1" + "0".repeat(99_000), null)).isInstanceOf(Reading.Other.class);
    assertThat(ValueReader.text("1." + "0".repeat(99_000), null)).isInstanceOf(Reading.Other.class);
    assertThat(ValueReader.text("0".repeat(99_000) + "7", null)).isInstanceOf(Reading.Other.class);
  }

  @Test
  void aStoredNumberLongerThanAnyDoubleIsNotParsed() {
    String digits = CostlyFiles.digits(99_000);

    assertThatThrownBy(() -> assertTimeoutPreemptively(QUICK, () -> Numbers.parse(digits)))
        .isInstanceOf(NumberFormatException.class);
    assertThat(Numbers.parse("0.84999999999999998")).isEqualByComparingTo("0.85");
  }

  @Test
  void aTargetOrToleranceOfLongDigitsIsNoTarget() {
    String digits = CostlyFiles.digits(99_000);

    assertThat(assertTimeoutPreemptively(QUICK, () -> RuleText.target(digits + "%"))).isNull();
    assertThat(assertTimeoutPreemptively(QUICK, () -> RuleText.target("1 to " + digits))).isNull();
    assertThat(assertTimeoutPreemptively(QUICK, () -> RuleText.tolerance(digits + "pp"))).isNull();
    assertThat(RuleText.target("95%")).isNotNull();
  }

  @Test
  void theIssuesWorkbookIsCheckedQuicklyWithOneShortLinePerCell() {
    byte[] workbook = CostlyFiles.sharedFigure(CostlyFiles.digits(99_000), 19);

    Report report =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                new Scorecard()
                    .check(
                        new Input("long-digits.xlsx", workbook),
                        new Options(Rules.NONE, false, false)));

    List<Finding> findings = report.findings();
    assertThat(findings)
        .hasSize(190)
        .allSatisfy(
            f -> {
              assertThat(f.code()).isEqualTo("not-a-figure");
              assertThat(f.message())
                  .hasSizeLessThan(200)
                  .contains("99,000 digits")
                  .contains("15 significant digits");
            });
  }
}
