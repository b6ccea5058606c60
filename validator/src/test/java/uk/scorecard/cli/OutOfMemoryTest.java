package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A command that runs out of heap ends with one line and exit code 2, not a stack trace. */
class OutOfMemoryTest {

  @Test
  void runningOutOfHeapIsOneLineAndExitCodeTwo() {
    StringWriter err = new StringWriter();
    int code =
        Cli.callQuickly(
            () -> {
              throw new OutOfMemoryError("Java heap space");
            },
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(Cli.UNREADABLE);
    assertThat(err.toString())
        .startsWith("scorecard: out of memory: this workbook needs more than the ")
        .contains("MB Java was given; run it with more, for example JAVA_TOOL_OPTIONS=-Xmx2g")
        .hasLineCount(1)
        .doesNotContain("at uk.scorecard");
  }
}
