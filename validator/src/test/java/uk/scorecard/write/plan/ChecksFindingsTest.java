package uk.scorecard.write.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;
import uk.scorecard.report.Report;

/** The Checks sheet's findings list: errors first, a repeated finding as one row of cells. */
final class ChecksFindingsTest {

  @Test
  void aFindingRepeatedDownAColumnIsOneRowLinkedToItsFirstCell() {
    List<Finding> fs = new ArrayList<>();
    for (int row = 5; row <= 41; row++) {
      fs.add(
          new Finding(
              "Scorecard", "I" + row, Severity.INFO, "ambiguous-tolerance", "Tolerance is 10%"));
    }
    fs.add(new Finding("Scorecard", "G9", Severity.ERROR, "percent-range", "Jun-19 is 112%"));

    List<List<ChecksContent.Cell>> rows = ChecksContent.rows(new Report("a.xlsx", fs, List.of()));

    int heading = indexOf(rows, "Findings (38)");
    assertThat(rows.size()).isEqualTo(heading + 4); // heading, header, the error, the group
    List<ChecksContent.Cell> error = rows.get(heading + 2);
    List<ChecksContent.Cell> group = rows.get(heading + 3);
    assertThat(error.get(0).text()).isEqualTo("Error");
    assertThat(group)
        .extracting(ChecksContent.Cell::text)
        .containsExactly(
            "Info", "Tolerance is 10%", "Scorecard!I5:I41 (37 cells)", "ambiguous-tolerance");
    assertThat(group.get(2).link()).isEqualTo("'Scorecard'!I5");
  }

  private static int indexOf(List<List<ChecksContent.Cell>> rows, String text) {
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i).isEmpty() && rows.get(i).get(0).text().equals(text)) {
        return i;
      }
    }
    throw new AssertionError("no row " + text);
  }
}
