package uk.scorecard.report;

import java.util.Objects;

/** A workbook (or a path given for one) that could not be checked, with a one-line reason. */
public record Unreadable(String path, String reason) implements Outcome {

  public Unreadable {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }
}
