package uk.scorecard.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import uk.scorecard.Rated;

/**
 * Holds rated workbooks in memory, each under an unguessable id, for a short time so the results
 * page can offer the download; then drops them. Bounded in total bytes: the oldest go first.
 */
public final class RatedStore implements AutoCloseable {

  /** One held result: the name the user's file had, and the rated workbook with its report. */
  public record Held(String id, String originalName, Rated rated, Instant expires) {}

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Held> held = new LinkedHashMap<>();
  private final Duration keep;
  private final long maxBytes;
  private final Clock clock;
  private final ScheduledExecutorService sweeper;
  private long bytes;

  /** A store that keeps each result for {@code keep}, at most {@code maxBytes} in all. */
  public RatedStore(Duration keep, long maxBytes, Clock clock) {
    this.keep = keep;
    this.maxBytes = maxBytes;
    this.clock = clock;
    this.sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "scorecard-rated-sweeper");
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(1, Math.min(keep.toSeconds(), 30));
    sweeper.scheduleAtFixedRate(this::sweep, every, every, TimeUnit.SECONDS);
  }

  /** Holds a rated workbook; returns its id: 256 random bits, URL-safe. */
  public synchronized String put(String originalName, Rated rated) {
    sweep();
    byte[] raw = new byte[32];
    random.nextBytes(raw);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    long size = rated.bytes().length;
    Iterator<Held> oldest = held.values().iterator();
    while (bytes + size > maxBytes && oldest.hasNext()) {
      bytes -= oldest.next().rated().bytes().length;
      oldest.remove();
    }
    held.put(id, new Held(id, originalName, rated, clock.instant().plus(keep)));
    bytes += size;
    return id;
  }

  /** The result held under this id, unless it has expired or never existed. */
  public synchronized Optional<Held> get(String id) {
    sweep();
    if (id == null || !ID.matcher(id).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(held.get(id));
  }

  /** Drops every result past its time. */
  public synchronized void sweep() {
    Instant now = clock.instant();
    Iterator<Held> it = held.values().iterator();
    while (it.hasNext()) {
      Held h = it.next();
      if (!h.expires().isAfter(now)) {
        bytes -= h.rated().bytes().length;
        it.remove();
      }
    }
  }

  /** How many results are held now. */
  public synchronized int size() {
    return held.size();
  }

  /** How long each result is kept. */
  public Duration keep() {
    return keep;
  }

  @Override
  public synchronized void close() {
    sweeper.shutdownNow();
    held.clear();
    bytes = 0;
  }
}
