package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The results kept between an upload and its pages: unguessable, short-lived and bounded. */
class KeptTest {

  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-01-01T09:00:00Z");

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static List<Kept.Done> one(int bytes) {
    return List.of(new Kept.Done(new Kept.Item("a.xlsx", null, null, null, "no"), new byte[bytes]));
  }

  @Test
  void idsAreLongRandomAndUrlSafe() {
    Kept kept =
        new Kept(
            new Keeping(Duration.ofMinutes(10), 1000, 1 << 30), new Hands(), new Memory(1L << 40));
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String id = kept.put(one(1));
      assertThat(id).matches("[A-Za-z0-9_-]{43}");
      ids.add(id);
    }
    assertThat(ids).hasSize(200);
  }

  @Test
  void resultsGoWhenTheirTimeIsUp() {
    Hands clock = new Hands();
    Kept kept =
        new Kept(new Keeping(Duration.ofMinutes(10), 10, 1 << 20), clock, new Memory(1L << 40));
    String id = kept.put(one(10));
    clock.now = clock.now.plus(Duration.ofMinutes(9));
    assertThat(kept.get(id)).isPresent();
    clock.now = clock.now.plus(Duration.ofMinutes(1));
    assertThat(kept.get(id)).isEmpty();
    assertThat(kept.size()).isZero();
  }

  @Test
  void theOldestGoWhenThereAreTooManyOrTheyHoldTooMuch() {
    Kept byCount =
        new Kept(
            new Keeping(Duration.ofMinutes(10), 2, 1 << 20), new Hands(), new Memory(1L << 40));
    String first = byCount.put(one(1));
    String second = byCount.put(one(1));
    String third = byCount.put(one(1));
    assertThat(byCount.get(first)).isEmpty();
    assertThat(byCount.get(second)).isPresent();
    assertThat(byCount.get(third)).isPresent();

    Kept bySize =
        new Kept(
            new Keeping(Duration.ofMinutes(10), 100, 30_000), new Hands(), new Memory(1L << 40));
    String a = bySize.put(one(10_000));
    String b = bySize.put(one(10_000));
    String c = bySize.put(one(10_000)); // 3 x (10,000 + 4,096) is over 30,000: the oldest goes
    assertThat(bySize.get(a)).isEmpty();
    assertThat(bySize.get(b)).isPresent();
    assertThat(bySize.get(c)).isPresent();
  }

  @Test
  void aRatedCopyIsForgottenOnceDropped() {
    Kept kept = new Kept(Keeping.DEFAULT, new Hands(), new Memory(1L << 40));
    Kept.Batch b = kept.get(kept.put(one(5))).orElseThrow();
    assertThat(b.rated(0)).hasSize(5);
    assertThat(b.rated(1)).isNull();
    kept.drop(b, 0);
    assertThat(b.rated(0)).isNull();
  }

  @Test
  void theirBytesAreHeldInTheMemoryBudgetAndTheOldestGoWhenItIsFull() {
    Memory memory = new Memory(50_000);
    Hands clock = new Hands();
    Kept kept = new Kept(new Keeping(Duration.ofMinutes(10), 100, 1 << 30), clock, memory);
    String a = kept.put(one(10_000));
    assertThat(memory.reserved()).isEqualTo(14_096); // the copy and 4,096 for the report
    String b = kept.put(one(10_000));
    String c = kept.put(one(10_000));
    assertThat(memory.reserved()).isEqualTo(3 * 14_096);
    String d = kept.put(one(10_000)); // four would be over the budget: the oldest goes
    assertThat(kept.get(a)).isEmpty();
    assertThat(List.of(b, c, d)).allSatisfy(id -> assertThat(kept.get(id)).isPresent());
    assertThat(memory.reserved()).isEqualTo(3 * 14_096);
    kept.drop(kept.get(d).orElseThrow(), 0);
    assertThat(memory.reserved()).isEqualTo(2 * 14_096 + 4_096);
    clock.now = clock.now.plus(Duration.ofMinutes(10));
    assertThat(kept.size()).isZero();
    assertThat(memory.reserved()).isZero();
  }
}
