package uk.scorecard.fidelity;

import uk.scorecard.Options;
import uk.scorecard.rules.Rules;

/** {@link TrustCasesTest} with --live: formulas, helper columns and live rules kept, refreshed. */
class TrustCasesLiveTest extends TrustCasesTest {

  @Override
  Options options() {
    return new Options(Rules.NONE, true, false);
  }
}
