package uk.scorecard.model;

/** A rule as a report describes it: its code, default severity and one-line description. */
public record RuleDoc(String code, Severity severity, String description) {}
