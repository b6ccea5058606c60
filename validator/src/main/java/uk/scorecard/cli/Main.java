package uk.scorecard.cli;

/** The command line's entry point: the only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Cli.run(args, System.out, System.err));
  }
}
