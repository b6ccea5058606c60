package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.server.Http.Multipart;

/**
 * The time limit stops the work: an interrupted thread's read and check stop at the library's next
 * check, and a request past its limit gives its worker back when its 422 goes out.
 */
class CancelTest {

  private final Scorecard scorecard = new Scorecard();

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void anInterruptedReadStopsWithARefusal() {
    Input table = new Input("long.xlsx", TestWorkbooks.longTable(200)); // 3,600 cells
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> scorecard.check(table, Options.DEFAULT))
        .isInstanceOf(WorkbookRefusedException.class)
        .hasMessageContaining("stopped")
        .extracting(e -> ((WorkbookRefusedException) e).reason())
        .isEqualTo(WorkbookRefusedException.Reason.TOO_LARGE);
  }

  @Test
  void anInterruptedCheckStopsWithARefusal() {
    // Too few cells for the read to stop: the check loop does.
    Input small = new Input("board.xlsx", TestWorkbooks.scorecard());
    Thread.currentThread().interrupt();
    assertThatThrownBy(() -> scorecard.rate(small, Options.DEFAULT))
        .isInstanceOf(WorkbookRefusedException.class)
        .hasMessageContaining("stopped");
  }

  @Test
  void withoutAnInterruptTheSameWorkbooksAreRated() throws Exception {
    assertThat(
            scorecard
                .check(new Input("long.xlsx", TestWorkbooks.longTable(200)), Options.DEFAULT)
                .indicators())
        .hasSize(200);
    assertThat(
            scorecard
                .rate(new Input("board.xlsx", TestWorkbooks.scorecard()), Options.DEFAULT)
                .bytes())
        .isNotEmpty();
  }

  @Test
  void theWorkerComesBackWhenThe422GoesOut() throws Exception {
    byte[] table = TestWorkbooks.longTable(20_000);
    scorecard.check(new Input("warm.xlsx", TestWorkbooks.longTable(200)), Options.DEFAULT);
    long start = System.nanoTime();
    scorecard.rate(new Input("long.xlsx", table), Options.DEFAULT);
    Duration whole = Duration.ofNanos(System.nanoTime() - start);
    assumeTrue(whole.toMillis() > 1_000, "rating 20,000 rows took only " + whole + " here");
    ServerConfig config = Served.config().withWork(1, Duration.ofMillis(200));
    Served.with(
        config,
        Engine.of(scorecard),
        (http, app) -> {
          HttpResponse<byte[]> r = http.post("/api/rate", Multipart.workbook("long.xlsx", table));
          assertThat(r.statusCode()).as(Http.text(r)).isEqualTo(422);
          assertThat(Http.text(r)).contains("too long");
          long answered = System.nanoTime();
          assertThat(http.awaitMetric("scorecard_workers_busy", 0, whole.toMillis()))
              .as("the worker stopped, rather than working on for " + whole)
              .isTrue();
          assertThat(Duration.ofNanos(System.nanoTime() - answered)).isLessThan(whole.dividedBy(2));
        });
  }
}
