package uk.scorecard.report;

import uk.scorecard.model.Rating;

/**
 * What rating one indicator gave: where it is (sheet, 1-based row), what it is, the Change and RAG
 * written, the whole Caveat cell, the latest value and target as shown, for the exceptions list,
 * whether the rating rests on a direction assumed from the title, the direction of travel since the
 * previous figure and since the same period a year before ({@code ▲ Improving}, empty when none),
 * the exception sentence (empty when none) and the figures and rules behind the rating ({@link
 * IndicatorFacts}).
 */
public record IndicatorResult(
    String sheet,
    int row,
    String id,
    String title,
    String change,
    Rating rating,
    String caveat,
    String latest,
    String target,
    boolean directionAssumed,
    String direction,
    String directionYearOnYear,
    String summary,
    IndicatorFacts facts) {

  public IndicatorResult {
    direction = direction == null ? "" : direction;
    directionYearOnYear = directionYearOnYear == null ? "" : directionYearOnYear;
    summary = summary == null ? "" : summary;
    facts = facts == null ? IndicatorFacts.NONE : facts;
  }

  /** A result whose direction was given, not assumed. */
  public IndicatorResult(
      String sheet,
      int row,
      String id,
      String title,
      String change,
      Rating rating,
      String caveat,
      String latest,
      String target) {
    this(sheet, row, id, title, change, rating, caveat, latest, target, false, "", "", "", null);
  }

  /** The rating as a reader should see it: "Green", or "Green, direction assumed". */
  public String ratingShown() {
    return directionAssumed && rating != Rating.GREY
        ? rating.word() + ", direction assumed"
        : rating.word();
  }
}
