package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.scorecard.Rated;
import uk.scorecard.model.ReadWorkbook.Format;

/** Rated workbooks are held under unguessable ids for a short time, within a byte budget. */
class RatedStoreTest {

  /** A clock the test moves by hand. */
  static final class Hand extends Clock {
    Instant now = Instant.parse("2026-01-01T09:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private static Rated rated(int size) {
    return new Rated(FakeEngine.report("a.xlsx"), new byte[size], Format.XLSX);
  }

  @Test
  void idsAreLongRandomAndUrlSafe() {
    try (RatedStore store = new RatedStore(Duration.ofMinutes(10), 1 << 20, Clock.systemUTC())) {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        String id = store.put("a.xlsx", rated(1));
        assertThat(id).matches("[A-Za-z0-9_-]{43}");
        ids.add(id);
      }
      assertThat(ids).hasSize(200);
      assertThat(store.get("../etc/passwd")).isEmpty();
      assertThat(store.get(null)).isEmpty();
    }
  }

  @Test
  void resultsAreDroppedWhenTheirTimeIsUp() {
    Hand clock = new Hand();
    try (RatedStore store = new RatedStore(Duration.ofMinutes(10), 1 << 20, clock)) {
      String id = store.put("board.xlsx", rated(10));
      assertThat(store.get(id)).get().extracting(RatedStore.Held::originalName).isEqualTo("board.xlsx");
      clock.now = clock.now.plus(Duration.ofMinutes(9));
      assertThat(store.get(id)).isPresent();
      clock.now = clock.now.plus(Duration.ofMinutes(1));
      assertThat(store.get(id)).isEmpty();
      assertThat(store.size()).isZero();
    }
  }

  @Test
  void theOldestGoWhenTheBudgetIsFull() {
    try (RatedStore store = new RatedStore(Duration.ofMinutes(10), 1000, Clock.systemUTC())) {
      String first = store.put("1.xlsx", rated(400));
      String second = store.put("2.xlsx", rated(400));
      String third = store.put("3.xlsx", rated(400));
      assertThat(store.get(first)).isEmpty();
      assertThat(store.get(second)).isPresent();
      assertThat(store.get(third)).isPresent();
    }
  }
}
