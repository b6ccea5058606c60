package uk.scorecard.cli;

/** The command line's entry point: the only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // The command line speaks through its reports; libraries' INFO chatter would only bury them.
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    // POI logs a damaged file's stack trace before it throws; we turn the throw into a one-line
    // refusal, so its log would only put a stack trace in front of the officer.
    System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.org.apache.poi", "off");
    // Hibernate Validator logs through JBoss Logging, which would start Log4j (POI's API, bridged
    // to SLF4J) only to reach SLF4J: go to SLF4J directly, a hundred classes fewer at start-up.
    System.getProperties().putIfAbsent("org.jboss.logging.provider", "slf4j");
    System.exit(Cli.run(args, System.out, System.err));
  }
}
