package uk.scorecard.server;

import java.time.Duration;

/**
 * How the results page's results are kept between the upload and its redirect: in memory only, each
 * for {@code time}, at most {@code count} of them and {@code bytes} in all (oldest go first).
 */
public record Keeping(Duration time, int count, long bytes) {

  /** Ten minutes, 100 results, 64 MB. */
  public static final Keeping DEFAULT =
      new Keeping(Duration.ofMinutes(10), 100, 64 * ServerConfig.MB);

  public Keeping {
    if (time.isNegative() || time.isZero() || count < 1 || bytes < 1) {
      throw new IllegalArgumentException("results must be kept a positive time, count and size");
    }
  }

  /** The time in whole minutes, as the pages say it ("10 minutes"). */
  public String words() {
    long m = Math.max(1, time.toMinutes());
    return m == 1 ? "1 minute" : m + " minutes";
  }
}
