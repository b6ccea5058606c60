package uk.scorecard.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import uk.scorecard.Rated;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.report.Report;

/**
 * The results of an upload between its POST and the redirected GET (post/redirect/get), in memory
 * only, under an unguessable id: never the upload itself, only each workbook's report and its rated
 * copy. A result goes when its time is up, when newer ones need the room (oldest first), and its
 * rated copy goes once downloaded. A restart forgets them all.
 */
final class Kept {

  /** One workbook of an upload: its name and report, with its rated copy; or why it was refused. */
  record Item(
      String name,
      @Nullable Report report,
      @Nullable String ratedName,
      @Nullable Format format,
      @Nullable String refused) {}

  /** A workbook as rated, before it is kept: its item and its rated copy (none when refused). */
  record Done(Item item, byte @Nullable [] rated) {

    /** A workbook rated. */
    static Done of(String name, Rated r) {
      return new Done(new Item(name, r.report(), r.fileName(name), r.format(), null), r.bytes());
    }

    /** A workbook refused, and why, in a sentence. */
    static Done refused(String name, String why) {
      return new Done(new Item(name, null, null, null, why), null);
    }
  }

  /** An upload's results, in the order the workbooks came. */
  static final class Batch {
    final List<Item> items;
    private final byte[][] rated;
    final Instant expires;

    Batch(List<Item> items, List<byte @Nullable []> rated, Instant expires) {
      this.items = List.copyOf(items);
      this.rated = rated.toArray(new byte[0][]);
      this.expires = expires;
    }

    /** The rated copy of workbook {@code n}, if it is still here. */
    synchronized byte @Nullable [] rated(int n) {
      return n >= 0 && n < rated.length ? rated[n] : null;
    }

    private synchronized void drop(int n) {
      rated[n] = null;
    }

    synchronized long bytes() {
      long b = 0;
      for (byte[] r : rated) {
        b += r == null ? 0 : r.length;
      }
      return b + 4096L * items.size(); // the reports: small beside a workbook
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Keeping keeping;
  private final Clock clock;
  private final Memory.Reservation held;
  private final LinkedHashMap<String, Batch> batches = new LinkedHashMap<>();

  /**
   * Results kept as {@code keeping} says, their bytes held in {@code memory}, the budget uploads
   * are worked in, so a full store makes uploads wait rather than the heap run out.
   */
  Kept(Keeping keeping, Clock clock, Memory memory) {
    this.keeping = keeping;
    this.clock = clock;
    this.held = memory.reservation();
  }

  /** Forgets the rated copy of workbook {@code n} of {@code b}: it has been downloaded. */
  synchronized void drop(Batch b, int n) {
    b.drop(n);
    prune();
  }

  /** Keeps an upload's results and returns their new id (256 random bits, URL-safe). */
  synchronized String put(List<Done> done) {
    List<byte @Nullable []> rated = new ArrayList<>();
    done.forEach(d -> rated.add(d.rated()));
    Batch b =
        new Batch(
            done.stream().map(Done::item).toList(), rated, clock.instant().plus(keeping.time()));
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    batches.put(id, b);
    prune();
    return id;
  }

  /** The results under {@code id} while they are kept. */
  synchronized Optional<Batch> get(String id) {
    prune();
    return Optional.ofNullable(batches.get(id));
  }

  /**
   * A thread that drops expired results every 15 seconds, so their memory comes back even while no
   * page is asked for; shut it down when the service stops.
   */
  java.util.concurrent.ScheduledExecutorService sweeping() {
    java.util.concurrent.ScheduledExecutorService sweeper =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "scorecard-results-sweep");
              t.setDaemon(true);
              return t;
            });
    sweeper.scheduleWithFixedDelay(this::size, 15, 15, java.util.concurrent.TimeUnit.SECONDS);
    return sweeper;
  }

  /** How many results are kept now. */
  synchronized int size() {
    prune();
    return batches.size();
  }

  /** Drops what has expired, then the oldest while there are too many or they hold too much. */
  private void prune() {
    Instant now = clock.instant();
    batches.values().removeIf(b -> !b.expires.isAfter(now));
    long total = batches.values().stream().mapToLong(Batch::bytes).sum();
    List<String> ids = new ArrayList<>(batches.keySet());
    int i = 0;
    for (; i < ids.size() - 1; i++) { // the newest stays, whatever its size
      if (batches.size() <= keeping.count() && total <= keeping.bytes()) {
        break;
      }
      total -= batches.remove(ids.get(i)).bytes();
    }
    if (total <= held.held()) {
      held.shrinkTo(total);
      return;
    }
    // Past the memory budget the oldest go too; the newest alone is kept even then.
    // (A reservation holds at most the whole budget: more than that does not fit either.)
    while (!(held.grow(total - held.held()) && held.held() >= total) && i < ids.size() - 1) {
      total -= batches.remove(ids.get(i++)).bytes();
    }
    held.shrinkTo(total);
  }
}
