package uk.scorecard.cli;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link InterruptedWriteTest}: starts writing a file the way the command
 * line does, says so on stdout, and never finishes, until the test stops the process.
 */
final class InterruptedWrite {

  private InterruptedWrite() {}

  public static void main(String[] args) throws Exception {
    Atomic.write(
        Path.of(args[0]),
        out -> {
          out.write(new byte[1 << 20]);
          out.flush();
          System.out.println("writing");
          System.out.flush();
          try {
            Thread.sleep(Long.MAX_VALUE);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
  }
}
