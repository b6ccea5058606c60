package uk.scorecard.server;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@link ServerConfig} from command-line arguments, which win, and the environment (what
 * a container is given); anything not given comes from the defaults, and the workers and memory
 * budget are worked out from the heap when they are not given ({@link Sizing}).
 */
public final class ServerOptions {
  private ServerOptions() {}

  private static final long MB = ServerConfig.MB;

  /** Each option, the environment variable that also sets it, and what it is, for --help. */
  static final String[][] OPTIONS = {
    {"--host", "HOST", "address to listen on (127.0.0.1; 0.0.0.0 for a network)"},
    {"--port", "PORT", "port (7070)"},
    {"--max-upload-mb", "SCORECARD_MAX_UPLOAD_MB", "largest workbook taken (20)"},
    {"--workers", "SCORECARD_WORKERS", "workbooks worked on at once (from the heap)"},
    {"--queue", "SCORECARD_QUEUE", "uploads that may wait for a worker (32)"},
    {"--max-wait-seconds", "SCORECARD_MAX_WAIT_SECONDS", "longest wait in the queue (30)"},
    {"--time-limit-seconds", "SCORECARD_TIME_LIMIT_SECONDS", "longest work on one (60)"},
    {"--memory-mb", "SCORECARD_MEMORY_MB", "heap uploads may hold in all (heap less 48)"},
    {
      "--min-upload-kb-per-second",
      "SCORECARD_MIN_UPLOAD_KB_PER_SECOND",
      "slowest an upload may arrive, once the stall time has passed (16)"
    },
    {"--upload-seconds", "SCORECARD_UPLOAD_SECONDS", "longest an upload may take (120)"},
    {"--stall-seconds", "SCORECARD_STALL_SECONDS", "longest an upload may send nothing (10)"},
    {
      "--keep-results-minutes",
      "SCORECARD_KEEP_RESULTS_MINUTES",
      "how long a page's results (never the upload) stay in memory (10)"
    },
    {"--max-results", "SCORECARD_MAX_RESULTS", "results kept in memory at once (100)"},
    {"--max-results-mb", "SCORECARD_MAX_RESULTS_MB", "memory the kept results may hold (64)"},
    {
      "--feedback-url",
      "SCORECARD_FEEDBACK_URL",
      "where the Beta banner's feedback link goes (https:, mailto:; our guidance page)"
    },
  };

  /** The configuration from these arguments and this environment. */
  public static ServerConfig parse(String[] args, Map<String, String> env) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String[] o : OPTIONS) {
      if (env.containsKey(o[1])) {
        given.put(o[0], env.get(o[1]));
      }
    }
    if (!given.containsKey("--workers") && env.containsKey("SCORECARD_MAX_CONCURRENT")) {
      given.put("--workers", env.get("SCORECARD_MAX_CONCURRENT"));
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException(name + " needs a value");
      }
      String option = name.equals("--max-concurrent") ? "--workers" : name; // its older name
      if (java.util.Arrays.stream(OPTIONS).noneMatch(o -> o[0].equals(option))) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      given.put(option, value);
    }
    return build(given);
  }

  private static ServerConfig build(Map<String, String> g) {
    ServerConfig d = ServerConfig.defaults();
    long upload = number(g, "--max-upload-mb", d.maxUploadBytes() / MB) * MB;
    long memory = g.containsKey("--memory-mb") ? number(g, "--memory-mb", 0) * MB : d.memoryBytes();
    int workers =
        (int)
            number(
                g,
                "--workers",
                Sizing.workers(memory, upload, Runtime.getRuntime().availableProcessors()));
    return new ServerConfig(
        g.getOrDefault("--host", d.host()),
        (int) number(g, "--port", d.port()),
        upload,
        d.maxRulesBytes(),
        workers,
        (int) number(g, "--queue", d.queueLength()),
        seconds(g, "--max-wait-seconds", d.maxWait()),
        seconds(g, "--time-limit-seconds", d.timeLimit()),
        memory,
        number(g, "--min-upload-kb-per-second", d.minUploadBytesPerSecond() / 1024) * 1024,
        seconds(g, "--upload-seconds", d.maxUploadTime()),
        seconds(g, "--stall-seconds", d.stallTime()),
        new Keeping(
            Duration.ofMinutes(number(g, "--keep-results-minutes", d.keep().time().toMinutes())),
            (int) number(g, "--max-results", d.keep().count()),
            number(g, "--max-results-mb", d.keep().bytes() / MB) * MB),
        g.getOrDefault("--feedback-url", d.feedback()));
  }

  private static Duration seconds(Map<String, String> g, String name, Duration otherwise) {
    return Duration.ofSeconds(number(g, name, otherwise.toSeconds()));
  }

  private static long number(Map<String, String> g, String name, long otherwise) {
    String text = g.get(name);
    if (text == null) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name.substring(2).replace('-', ' ') + " must be a whole number, not '" + text + "'");
    }
  }

  /** The --help text: every option with its environment variable. */
  static String help() {
    StringBuilder b =
        new StringBuilder("Usage: java -jar scorecard-server.jar [OPTION VALUE]...\n");
    for (String[] o : OPTIONS) {
      b.append(
          String.format(
              "  %-28s %-36s %s%n",
              o[0] + (o[0].endsWith("-url") ? " URL" : " N"), "(or $" + o[1] + ")", o[2]));
    }
    return b.toString();
  }
}
