package uk.scorecard.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the command line: its exit code and what it printed. */
record Run(int code, String out, String err) {

  /** Runs the command line with these arguments. */
  static Run of(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Cli.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the command line with these arguments. */
  static Run of(List<String> args) {
    return of(args.toArray(String[]::new));
  }

  /** The lines printed on stdout. */
  List<String> outLines() {
    return out.lines().toList();
  }
}
