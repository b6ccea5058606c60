package uk.scorecard.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.rules.Rules;

/**
 * Fuzzes the whole path, check then rate then read back what we wrote. An input that is a workbook
 * (a zip or OLE2 file) is used as it is; any other input is a grid of cell texts, one row a line
 * and tab between cells, laid into a workbook, so the fuzzer works on the values and headers
 * officers type rather than on zip checksums. A rated copy must read back without error.
 */
class CheckAndRateFuzzTest {

  private static final Scorecard SCORECARD = new Scorecard();

  @FuzzTest(maxDuration = "5m")
  @Timeout(20)
  void fuzzCheckAndRate(byte[] data) {
    byte[] file = TextGrid.isWorkbook(data) ? data : TextGrid.xlsx(data);
    Input input = new Input("fuzz.xlsx", file);
    try {
      SCORECARD.check(input, Options.DEFAULT);
      Rated rated = SCORECARD.rate(input, Options.DEFAULT);
      assertThat(WorkbookReader.read(rated.bytes(), Rules.NONE).sheetNames()).isNotEmpty();
    } catch (WorkbookRefusedException e) {
      Refusal.assertOneLine(e);
    }
  }
}
