package uk.scorecard.check;

/** The validation group of the checks made only with {@code --publish}. */
interface Publish {}
