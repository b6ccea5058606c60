package uk.scorecard.model;

/** The columns of an indicator table that we recognise by their header, other than periods. */
public enum Column {
  ID("Ref"),
  TITLE("Indicator"),
  POLARITY("Polarity"),
  UNIT("Unit"),
  TARGET("Target"),
  TOLERANCE("Tolerance"),
  LOWER_TOLERANCE("Lower tolerance"),
  UPPER_TOLERANCE("Upper tolerance"),
  NUMERATOR("Numerator"),
  DENOMINATOR("Denominator"),
  FREQUENCY("Frequency"),
  BLUE("Blue"),
  CHANGE("Change"),
  RAG("RAG"),
  CAVEAT("Caveat"),
  /** Comparators: the same measure elsewhere, one figure per row. */
  ENGLAND("England"),
  NATIONAL("National"),
  LONDON("London"),
  REGION("Region"),
  STAT_NEIGHBOURS("Statistical neighbours"),
  /** Ours: the direction of travel. Not "Direction", which councils use for polarity. */
  DIRECTION("Direction of travel"),
  /** Ours (--live): where in the row the latest figure is, for the formulas. Hidden. */
  LIVE_LATEST("Latest figure (helper)"),
  /** Ours (--live): where in the row the figure before the latest is. Hidden. */
  LIVE_PREVIOUS("Previous figure (helper)");

  private final String header;

  Column(String header) {
    this.header = header;
  }

  /** The header our template uses, and the one we write when we add the column. */
  public String header() {
    return header;
  }
}
