package uk.scorecard.cli;

/** The command line's entry point: the only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // The command line speaks through its reports; libraries' INFO chatter would only bury them.
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.exit(Cli.run(args, System.out, System.err));
  }
}
