package uk.scorecard;

import java.util.Objects;

/**
 * A workbook to check or rate: the name it was given (for messages and the output name) and its
 * bytes.
 */
public record Input(String name, byte[] bytes) {

  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }
}
