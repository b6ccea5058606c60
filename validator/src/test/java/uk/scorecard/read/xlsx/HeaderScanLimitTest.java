package uk.scorecard.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.rules.Rules;

/**
 * A sheet is searched for an indicator header in its first 1,000 rows only, so a long data sheet is
 * not held; a table whose header is within them is read to its last row however long it is.
 */
class HeaderScanLimitTest {

  private static final int LIMIT = StreamingXlsx.HEADER_SCAN_ROWS;

  @Test
  void readsALongTableToItsLastRow() throws Exception {
    WorkbookBuilder wb = WorkbookBuilder.scorecard().row("Ref", "Indicator", "Jun-19", "Jul-19");
    for (int i = 1; i <= LIMIT + 200; i++) {
      wb.row("R" + i, "Indicator number " + i, i, i + 1);
    }
    ReadWorkbook read = WorkbookReader.read(wb.bytes(), Rules.NONE);

    assertThat(read.tables()).hasSize(1);
    assertThat(read.tables().get(0).rows())
        .hasSize(LIMIT + 200)
        .last()
        .satisfies(r -> assertThat(r.title()).isEqualTo("Indicator number 1200"));
  }

  @Test
  void leavesADataSheetUnreadPastTheLimitButReadsTheTableOnTheNextSheet() throws Exception {
    WorkbookBuilder wb = WorkbookBuilder.scorecard().sheet("Data");
    for (int i = 0; i < LIMIT + 5; i++) {
      wb.row("case " + i, i);
    }
    wb.row("Ref", "Indicator", "Jun-19", "Jul-19").row("LATE", "Below the limit", 1, 2);
    wb.sheet("Board").row("Ref", "Indicator", "Jun-19", "Jul-19").row("B1", "On the board", 3, 4);
    ReadWorkbook read = WorkbookReader.read(wb.bytes(), Rules.NONE);

    assertThat(read.tables()).extracting(t -> t.layout().sheet()).containsExactly("Board");
    assertThat(read.sheetNames()).containsExactly("Scorecard", "Data", "Board");
  }
}
