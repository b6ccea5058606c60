package uk.scorecard.fidelity;

import uk.scorecard.Options;
import uk.scorecard.rules.Rules;

/** {@link RoundTripTest} with --live: formulas, helper columns and live rules kept, refreshed. */
class RoundTripLiveTest extends RoundTripTest {

  @Override
  Options options() {
    return new Options(Rules.NONE, true, false);
  }
}
