package uk.scorecard.server;

import java.time.Duration;
import java.util.Map;

/**
 * How the service runs: where it listens, how big an upload may be and how far it may expand,
 * how many workbooks are worked on at once, how long one may take and how long a rated copy is held.
 */
public record ServerConfig(
    String host,
    int port,
    long maxUploadBytes,
    long maxRulesBytes,
    long maxExpandedBytes,
    int maxConcurrent,
    Duration timeLimit,
    Duration keepRated,
    long maxHeldBytes) {

  /** The port used when neither {@code --port} nor {@code PORT} is given. */
  public static final int DEFAULT_PORT = 7070;

  private static final long MB = 1024L * 1024L;

  public ServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
    }
    if (maxUploadBytes < 1 || maxRulesBytes < 1 || maxUploadBytes + maxRulesBytes > 1024 * MB) {
      throw new IllegalArgumentException("the upload limit must be between 1 byte and 1 GB");
    }
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("at least one workbook must be allowed at a time");
    }
    if (timeLimit.isNegative() || timeLimit.isZero() || keepRated.isNegative()
        || keepRated.isZero()) {
      throw new IllegalArgumentException("time limits must be positive");
    }
  }

  /** Port 7070 on 127.0.0.1, 20 MB uploads, four workbooks at once, 60 s each, held 10 minutes. */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", DEFAULT_PORT, 20 * MB, 1 * MB, 400 * MB, 4,
        Duration.ofSeconds(60), Duration.ofMinutes(10), 256 * MB);
  }

  /**
   * The configuration from command-line arguments, which win, and the environment: {@code --port N}
   * or {@code PORT}, {@code --host H} or {@code HOST}, {@code --max-upload-mb N} or
   * {@code SCORECARD_MAX_UPLOAD_MB}, {@code --max-concurrent N} or {@code SCORECARD_MAX_CONCURRENT},
   * {@code --time-limit-seconds N} or {@code SCORECARD_TIME_LIMIT_SECONDS}.
   */
  public static ServerConfig parse(String[] args, Map<String, String> env) {
    ServerConfig d = defaults();
    String host = env.getOrDefault("HOST", d.host());
    String port = env.getOrDefault("PORT", String.valueOf(d.port()));
    String upload = env.getOrDefault("SCORECARD_MAX_UPLOAD_MB", String.valueOf(d.maxUploadBytes() / MB));
    String concurrent = env.getOrDefault("SCORECARD_MAX_CONCURRENT", String.valueOf(d.maxConcurrent()));
    String seconds = env.getOrDefault("SCORECARD_TIME_LIMIT_SECONDS",
        String.valueOf(d.timeLimit().toSeconds()));
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
      switch (name) {
        case "--host" -> host = value;
        case "--port" -> port = value;
        case "--max-upload-mb" -> upload = value;
        case "--max-concurrent" -> concurrent = value;
        case "--time-limit-seconds" -> seconds = value;
        default -> throw new IllegalArgumentException("unknown option " + name);
      }
    }
    return new ServerConfig(host, number("port", port), number("max upload MB", upload) * MB,
        d.maxRulesBytes(), d.maxExpandedBytes(), (int) number("max concurrent", concurrent),
        Duration.ofSeconds(number("time limit seconds", seconds)), d.keepRated(), d.maxHeldBytes());
  }

  private static int number(String what, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a whole number, not '" + text + "'");
    }
  }

  /** This configuration listening elsewhere. */
  public ServerConfig withAddress(String newHost, int newPort) {
    return new ServerConfig(newHost, newPort, maxUploadBytes, maxRulesBytes, maxExpandedBytes,
        maxConcurrent, timeLimit, keepRated, maxHeldBytes);
  }

  /** This configuration with other upload and expansion limits. */
  public ServerConfig withLimits(long upload, long rules, long expanded) {
    return new ServerConfig(host, port, upload, rules, expanded, maxConcurrent, timeLimit,
        keepRated, maxHeldBytes);
  }

  /** This configuration with another bound on concurrent work and time per workbook. */
  public ServerConfig withWork(int concurrent, Duration limit) {
    return new ServerConfig(host, port, maxUploadBytes, maxRulesBytes, maxExpandedBytes,
        concurrent, limit, keepRated, maxHeldBytes);
  }

  /** The most bytes a whole upload request may hold: the workbook, a rules file and the framing. */
  public long maxRequestBytes() {
    return maxUploadBytes + maxRulesBytes + 64 * 1024;
  }
}
