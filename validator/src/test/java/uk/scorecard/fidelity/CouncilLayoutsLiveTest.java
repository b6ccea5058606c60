package uk.scorecard.fidelity;

import uk.scorecard.Options;
import uk.scorecard.rules.Rules;

/**
 * {@link CouncilLayoutsTest} with --live: formulas, helper columns and live rules kept, refreshed.
 */
class CouncilLayoutsLiveTest extends CouncilLayoutsTest {

  @Override
  Options options() {
    return new Options(Rules.NONE, true, false);
  }
}
