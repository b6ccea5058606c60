package uk.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

/** Findings gathered by what they say, errors first, with their cells as a range or a list. */
final class FindingGroupTest {

  private static Finding info(String cell, String message) {
    return new Finding("Scorecard", cell, Severity.INFO, "ambiguous-tolerance", message);
  }

  @Test
  void aRunDownOneColumnIsARangeWithItsCount() {
    List<Finding> fs = new ArrayList<>();
    for (int row = 41; row >= 5; row--) { // found bottom up: the range still reads top down
      fs.add(info("G" + row, "Tolerance is 10%"));
    }

    List<FindingGroup> groups = FindingGroup.of(fs);

    assertThat(groups).hasSize(1);
    assertThat(groups.get(0).cells()).isEqualTo("G5:G41 (37 cells)");
    assertThat(groups.get(0).where()).isEqualTo("Scorecard!G5:G41 (37 cells)");
  }

  @Test
  void cellsWithAGapOrInTwoColumnsAreAShortListWithACount() {
    List<FindingGroup> gap = FindingGroup.of(List.of(info("G5", "x"), info("G7", "x")));
    List<FindingGroup> many =
        FindingGroup.of(
            List.of(
                info("G5", "x"),
                info("H9", "x"),
                info("J12", "x"),
                info("G6", "x"),
                info("K1", "x")));

    assertThat(gap.get(0).cells()).isEqualTo("G5, G7 (2 cells)");
    assertThat(many.get(0).cells()).isEqualTo("G5, H9, J12, … (5 cells)");
  }

  @Test
  void onlyTheSameSeverityRuleSheetAndMessageGather() {
    Finding other = new Finding("Scorecard", "G6", Severity.INFO, "ambiguous-tolerance", "y");
    Finding elsewhere = new Finding("Detail", "G6", Severity.INFO, "ambiguous-tolerance", "x");
    Finding workbook = Finding.workbook(Severity.INFO, "no-table", "x");

    List<FindingGroup> groups =
        FindingGroup.of(
            List.of(
                info("G5", "x"),
                other,
                elsewhere,
                workbook,
                Finding.workbook(Severity.INFO, "no-table", "x")));

    assertThat(groups).extracting(FindingGroup::size).containsExactly(1, 1, 1, 1, 1);
    assertThat(groups.get(3).where()).isEmpty();
  }

  @Test
  void errorsComeFirstThenWarningsThenInfoInTheOrderFound() {
    Finding warning = new Finding("S", "A1", Severity.WARNING, "w", "w");
    Finding error = new Finding("S", "A2", Severity.ERROR, "e", "e");
    Finding error2 = new Finding("S", "A9", Severity.ERROR, "e2", "e2");

    List<FindingGroup> groups = FindingGroup.of(List.of(info("A3", "i"), warning, error, error2));

    assertThat(groups)
        .extracting(g -> g.first().code())
        .containsExactly("e", "e2", "w", "ambiguous-tolerance");
  }
}
