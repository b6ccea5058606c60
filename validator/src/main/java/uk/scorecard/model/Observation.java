package uk.scorecard.model;

/** One indicator's reading for one period, and the cell it came from. */
public record Observation(Period period, CellRef cell, Reading reading) {}
