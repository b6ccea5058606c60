package uk.scorecard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Predicate;
import uk.scorecard.Scorecard;

/**
 * The everyday {@code check} and {@code rate} command lines, parsed without picocli. Picocli
 * defines the command line and handles everything else: help, version, argument files, and every
 * mistake, with its usage message. Starting it costs about 0.2 s, more than checking a typical
 * scorecard, because its classes are Java 5 bytecode that the JVM verifies the slow way and cannot
 * keep in the class-data archive. QuickArgsTest holds both parsers to the same result.
 */
final class QuickArgs {

  private final String[] args;
  private final Set<String> seen = new HashSet<>();
  private int next = 1;
  private String name;
  private String inlineValue;

  private QuickArgs(String[] args) {
    this.args = args;
  }

  /**
   * The check or rate command ready to run with these arguments, writing to these streams, or empty
   * when picocli should parse them.
   */
  static Optional<Callable<Integer>> parse(
      String[] args, Scorecard scorecard, PrintWriter out, PrintWriter err) {
    if (args.length < 2) {
      return Optional.empty();
    }
    QuickArgs quick = new QuickArgs(args);
    if (args[0].equals("check")) {
      CheckCommand c = new CheckCommand(scorecard, out, err);
      return quick.check(c) ? Optional.of(c) : Optional.empty();
    }
    if (args[0].equals("rate")) {
      RateCommand r = new RateCommand(scorecard, out);
      return quick.rate(r) && r.misuse() == null ? Optional.of(r) : Optional.empty();
    }
    return Optional.empty();
  }

  private boolean check(CheckCommand c) {
    return parse(
        c.paths,
        option ->
            switch (option) {
              case "--format" -> value(v -> c.format = ReportFormat.valueOf(v));
              case "--fail-on" -> value(v -> c.findings.failOn = FailOn.valueOf(v));
              case "--output" -> value(v -> c.output = Path.of(v));
              case "--rules" -> value(v -> c.rules.file = Path.of(v));
              case "--since" -> value(v -> c.since = Path.of(v));
              case "--publish" -> flag(() -> c.publish = true);
              case "--min-severity" -> value(v -> c.findings.minSeverity = MinSeverity.valueOf(v));
              case "--allow-no-table" -> flag(() -> c.findings.allowNoTable = true);
              default -> false;
            });
  }

  private boolean rate(RateCommand r) {
    return parse(
        r.paths,
        option ->
            switch (option) {
              case "-o", "--output" -> value(v -> r.out = Path.of(v));
              case "--out-dir" -> value(v -> r.outDir = Path.of(v));
              case "--fail-on" -> value(v -> r.findings.failOn = FailOn.valueOf(v));
              case "--rules" -> value(v -> r.rules.file = Path.of(v));
              case "--since" -> value(v -> r.since = Path.of(v));
              case "--live" -> flag(() -> r.live = true);
              case "--no-live" -> flag(() -> r.noLive = true);
              case "--min-severity" -> value(v -> r.findings.minSeverity = MinSeverity.valueOf(v));
              case "--allow-no-table" -> flag(() -> r.findings.allowNoTable = true);
              default -> false;
            });
  }

  /** Adds the positionals to paths and gives each option to {@code take}; false to decline. */
  private boolean parse(List<String> paths, Predicate<String> take) {
    while (next < args.length) {
      String a = args[next++];
      if (!isOption(a)) {
        if (!positional(a)) {
          return false;
        }
        paths.add(a);
      } else if (!take.test(name)) {
        return false;
      }
    }
    return !paths.isEmpty();
  }

  /** True for an option; sets its name, and its value when written {@code --name=value}. */
  private boolean isOption(String a) {
    if (!a.startsWith("-")) {
      return false;
    }
    int eq = a.indexOf('=');
    name = eq < 0 ? a : a.substring(0, eq);
    inlineValue = eq < 0 ? null : a.substring(eq + 1);
    return true;
  }

  /** An ordinary path or pattern; picocli expands {@code @files} and knows what else to do. */
  private static boolean positional(String a) {
    return !a.isEmpty() && !a.startsWith("@");
  }

  /** Takes the option's value; false when it is missing, odd or the option came twice. */
  private boolean value(Consumer<String> set) {
    String v = inlineValue;
    if (v == null) {
      if (next >= args.length) {
        return false;
      }
      v = args[next++];
    }
    if (v.isEmpty() || v.startsWith("-") || v.startsWith("@") || !firstTime()) {
      return false;
    }
    try {
      set.accept(v);
      return true;
    } catch (IllegalArgumentException e) {
      // Not one of the choices, or not a path: picocli says so, with the usage.
      return false;
    }
  }

  private boolean flag(Runnable set) {
    if (inlineValue != null || !firstTime()) {
      return false;
    }
    set.run();
    return true;
  }

  /** Picocli refuses a single-valued option given twice; so the quick way leaves it to picocli. */
  private boolean firstTime() {
    return seen.add(name.equals("-o") ? "--output" : name);
  }
}
