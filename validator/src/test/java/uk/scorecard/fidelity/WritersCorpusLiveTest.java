package uk.scorecard.fidelity;

import uk.scorecard.Options;
import uk.scorecard.rules.Rules;

/**
 * {@link WritersCorpusTest} with --live: formulas, helper columns and live rules kept, refreshed.
 */
class WritersCorpusLiveTest extends WritersCorpusTest {

  @Override
  Options options() {
    return new Options(Rules.NONE, true, false);
  }
}
