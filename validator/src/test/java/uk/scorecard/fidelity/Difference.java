package uk.scorecard.fidelity;

/** One thing that is not as it was: where it is (a part, a sheet, a cell) and what changed. */
record Difference(String where, String what) {

  @Override
  public String toString() {
    return where + ": " + what;
  }
}
