package uk.scorecard.robust;

import static org.assertj.core.api.Assertions.assertThat;

import uk.scorecard.model.WorkbookRefusedException;

/** What every refusal must look like: a reason, on one line, with nothing of a stack trace. */
final class Refusal {

  private Refusal() {}

  static void assertOneLine(WorkbookRefusedException e) {
    assertThat(e.reason()).isNotNull();
    assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r", "Exception", "\tat ");
  }
}
