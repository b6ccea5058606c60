package uk.scorecard.model;

import org.jspecify.annotations.Nullable;

/**
 * The rule an indicator would have without the officer's edits on our Rules sheet (from the row,
 * the rules file, the catalogue or the default; null parts where none gives one): what the Rules
 * sheet's hidden copies hold, so the edit still shows as one at the next run.
 */
public record RuleBefore(
    @Nullable Polarity polarity,
    @Nullable Target target,
    @Nullable Tolerance tolerance,
    java.math.@Nullable BigDecimal lower,
    java.math.@Nullable BigDecimal upper) {}
