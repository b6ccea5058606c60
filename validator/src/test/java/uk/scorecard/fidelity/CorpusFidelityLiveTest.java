package uk.scorecard.fidelity;

import uk.scorecard.Options;
import uk.scorecard.rules.Rules;

/**
 * {@link CorpusFidelityTest} with --live: formulas, helper columns and live rules kept, refreshed.
 */
class CorpusFidelityLiveTest extends CorpusFidelityTest {

  @Override
  Options options() {
    return new Options(Rules.NONE, true, false);
  }
}
