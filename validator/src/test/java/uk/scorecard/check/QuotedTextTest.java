package uk.scorecard.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Quoted;
import uk.scorecard.rules.Rules;

/** Every text a finding quotes from a cell is cut to a few words, however long the cell. */
final class QuotedTextTest {

  @Test
  void longCellTextIsQuotedInAtMostEightyCharacters() throws Exception {
    String id = "FD " + "7".repeat(5_000);
    String words = "word ".repeat(2_000);
    byte[] workbook =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                "Jun-19",
                "Jul-19",
                "Target",
                "Change",
                "RAG")
            .row(
                id,
                "Visits " + words,
                "Higher is better",
                "Number",
                10,
                12,
                11,
                "Down " + words,
                "Red " + words)
            .row(id, "Visits " + words, "Higher is better", "Number", 10, words, 11)
            .sheet("Other")
            .row("Ref", "Indicator", "Polarity", "Unit", "Jun-19", "Jul-19", "Target")
            .row(id, "Other title " + words, "Lower is better", "Number", 10, 12, 99)
            .bytes();

    List<Finding> findings =
        new Scorecard()
            .check(new Input("long.xlsx", workbook), new Options(Rules.NONE, false, false))
            .findings();

    assertThat(findings)
        .extracting(Finding::code)
        .contains("duplicate-id", "title-differs", "polarity-differs", "not-a-figure");
    assertThat(findings)
        .allSatisfy(
            f ->
                assertThat(f.message())
                    .as(f.code())
                    .hasSizeLessThan(4 * Quoted.MAX + 200)
                    .doesNotContain("7".repeat(80)));
  }
}
