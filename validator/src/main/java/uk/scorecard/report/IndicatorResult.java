package uk.scorecard.report;

import uk.scorecard.model.Rating;

/**
 * What rating one indicator gave: where it is (sheet, 1-based row), what it is, the Change and
 * RAG written, the whole Caveat cell, and the latest value and target as shown, for the exceptions list.
 */
public record IndicatorResult(String sheet, int row, String id, String title, String change,
    Rating rating, String caveat, String latest, String target) {}
