package uk.scorecard.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.rules.Rules;

/**
 * Fuzzes the reader with whole files: whatever the bytes, it returns the workbook's tables or a
 * one-line refusal, within 20 s, and never throws anything else. The normal build replays the
 * inputs in ReaderFuzzTestInputs (our fixtures and past findings); scripts/fuzz.sh fuzzes for real.
 */
class ReaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  @Timeout(20)
  void fuzzReader(byte[] file) {
    try {
      ReadWorkbook wb = WorkbookReader.read(file, Rules.NONE);
      assertThat(wb.sheetNames()).isNotNull();
      assertThat(wb.tables()).isNotNull();
    } catch (WorkbookRefusedException e) {
      Refusal.assertOneLine(e);
    }
  }
}
