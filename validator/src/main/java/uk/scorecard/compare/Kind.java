package uk.scorecard.compare;

/**
 * What kind of change one indicator shows between two workbooks. A restated or withdrawn past
 * figure is a warning: boards must be told when history changes.
 */
public enum Kind {
  NEW("new", "new indicator", false),
  REMOVED("removed", "removed", false),
  RENUMBERED("renumbered", "id changed (matched by title)", false),
  RENAMED("renamed", "renamed", false),
  TARGET_CHANGED("target-changed", "target changed", false),
  TOLERANCE_CHANGED("tolerance-changed", "tolerance changed", false),
  POLARITY_CHANGED("polarity-changed", "polarity changed", false),
  RESTATED("restated", "past figure restated", true),
  WITHDRAWN("withdrawn", "past figure withdrawn", true),
  LATE_FIGURE("late-figure", "late figure filled in", false),
  RATING_CHANGED("rating-changed", "rating changed", false),
  NO_CHANGE("no-change", "no change", false);

  private final String code;
  private final String words;
  private final boolean warning;

  Kind(String code, String words, boolean warning) {
    this.code = code;
    this.words = words;
    this.warning = warning;
  }

  /** The stable code used in JSON and the text form: {@code rating-changed}. */
  public String code() {
    return code;
  }

  /** The kind in words, for people. */
  public String words() {
    return words;
  }

  /** True when the change must be drawn to a board's attention (history changed). */
  public boolean warning() {
    return warning;
  }
}
