package uk.scorecard.server;

import java.time.Duration;

/**
 * How the service runs: where it listens; how big an upload may be; how fast and how soon it must
 * arrive; how many workbooks are worked on at once, how many may wait and for how long; how long
 * one may take; and how much heap the uploads may hold in all. How far a package may unpack is not
 * here: the library's package guard bounds that, for the service as for the command line. {@link
 * ServerOptions} reads it from the command line; {@link Sizing} works out the defaults.
 */
public record ServerConfig(
    String host,
    int port,
    long maxUploadBytes,
    long maxRulesBytes,
    int workers,
    int queueLength,
    Duration maxWait,
    Duration timeLimit,
    long memoryBytes,
    long minUploadBytesPerSecond,
    Duration maxUploadTime,
    Duration stallTime,
    Keeping keep,
    String feedback) {

  /** Where the Beta banner's feedback link goes when none is configured: our guidance page. */
  public static final String DEFAULT_FEEDBACK = "/guidance#feedback";

  /** The port used when neither {@code --port} nor {@code PORT} is given. */
  public static final int DEFAULT_PORT = 7070;

  static final long MB = 1024L * 1024L;

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
    if (workers < 1) {
      throw new IllegalArgumentException("at least one workbook must be allowed at a time");
    }
    if (queueLength < 0) {
      throw new IllegalArgumentException("the queue length cannot be negative");
    }
    if (memoryBytes < 1 || minUploadBytesPerSecond < 0) {
      throw new IllegalArgumentException("the memory budget must be positive");
    }
    for (Duration d : new Duration[] {maxWait, timeLimit, maxUploadTime, stallTime}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("time limits must be positive");
      }
    }
    java.util.Objects.requireNonNull(keep, "keep");
    // A link on every page: only a web or mail address, or one of ours, never a script.
    if (feedback == null || !feedback.matches("(?i)(https?://|mailto:|/)[^\\s]*")) {
      throw new IllegalArgumentException(
          "the feedback address must start with https://, http://, mailto: or /");
    }
  }

  /**
   * Port 7070 on 127.0.0.1; 20 MB uploads; uploads must arrive within 120 s, at 16 KB/s or more,
   * never stalling 10 s; workers and the memory budget from this JVM's heap ({@link Sizing}); 32
   * may wait, each up to 30 s; 60 s of work each.
   */
  public static ServerConfig defaults() {
    long upload = 20 * MB;
    long memory = Sizing.memoryBudget(Runtime.getRuntime().maxMemory());
    return new ServerConfig(
        "127.0.0.1",
        DEFAULT_PORT,
        upload,
        1 * MB,
        Sizing.workers(memory, upload, Runtime.getRuntime().availableProcessors()),
        32,
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        memory,
        16 * 1024,
        Duration.ofSeconds(120),
        Duration.ofSeconds(10),
        Keeping.DEFAULT,
        DEFAULT_FEEDBACK);
  }

  /** This configuration listening elsewhere. */
  public ServerConfig withAddress(String newHost, int newPort) {
    return with(
        c -> {
          c.host = newHost;
          c.port = newPort;
        });
  }

  /** This configuration with other limits on the workbook's and the rules file's size. */
  public ServerConfig withLimits(long upload, long rules) {
    return with(
        c -> {
          c.maxUploadBytes = upload;
          c.maxRulesBytes = rules;
        });
  }

  /** This configuration with another number of workers and time per workbook. */
  public ServerConfig withWork(int newWorkers, Duration limit) {
    return with(
        c -> {
          c.workers = newWorkers;
          c.timeLimit = limit;
        });
  }

  /** This configuration with another queue: how many may wait, and for how long. */
  public ServerConfig withQueue(int length, Duration wait) {
    return with(
        c -> {
          c.queueLength = length;
          c.maxWait = wait;
        });
  }

  /** This configuration with another memory budget for what uploads hold. */
  public ServerConfig withMemory(long bytes) {
    return with(c -> c.memoryBytes = bytes);
  }

  /** This configuration with other bounds on how an upload arrives. */
  public ServerConfig withIntake(long bytesPerSecond, Duration upload, Duration stall) {
    return with(
        c -> {
          c.minUploadBytesPerSecond = bytesPerSecond;
          c.maxUploadTime = upload;
          c.stallTime = stall;
        });
  }

  /** This configuration keeping results otherwise, with another feedback address. */
  public ServerConfig withPages(Keeping newKeep, String newFeedback) {
    return with(
        c -> {
          c.keep = newKeep;
          c.feedback = newFeedback;
        });
  }

  /** A copy of this configuration with some parts changed, checked as any other. */
  private ServerConfig with(java.util.function.Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** The parts of a configuration while a copy is changed. */
  private static final class Copy {
    String host;
    int port;
    long maxUploadBytes;
    long maxRulesBytes;
    int workers;
    int queueLength;
    Duration maxWait;
    Duration timeLimit;
    long memoryBytes;
    long minUploadBytesPerSecond;
    Duration maxUploadTime;
    Duration stallTime;
    Keeping keep;
    String feedback;

    Copy(ServerConfig from) {
      host = from.host;
      port = from.port;
      maxUploadBytes = from.maxUploadBytes;
      maxRulesBytes = from.maxRulesBytes;
      workers = from.workers;
      queueLength = from.queueLength;
      maxWait = from.maxWait;
      timeLimit = from.timeLimit;
      memoryBytes = from.memoryBytes;
      minUploadBytesPerSecond = from.minUploadBytesPerSecond;
      maxUploadTime = from.maxUploadTime;
      stallTime = from.stallTime;
      keep = from.keep;
      feedback = from.feedback;
    }

    ServerConfig build() {
      return new ServerConfig(
          host,
          port,
          maxUploadBytes,
          maxRulesBytes,
          workers,
          queueLength,
          maxWait,
          timeLimit,
          memoryBytes,
          minUploadBytesPerSecond,
          maxUploadTime,
          stallTime,
          keep,
          feedback);
    }
  }

  /**
   * The most bytes a whole upload request may hold: two workbooks (this month's and last month's,
   * each within the upload limit), a rules file and the framing.
   */
  public long maxRequestBytes() {
    return 2 * maxUploadBytes + maxRulesBytes + 64 * 1024;
  }
}
