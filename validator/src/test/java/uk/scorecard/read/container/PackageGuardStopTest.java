package uk.scorecard.read.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;

/**
 * The package guard stops when its thread is interrupted, as the reader does: a caller's time limit
 * (the web service's) ends the unpacking rather than leaving it to run on unseen.
 */
class PackageGuardStopTest {

  @Test
  void anInterruptedInspectionIsRefusedAsStopped() throws Exception {
    byte[] zip = HostilePackages.workbook(1, "").bytes();
    PackageGuard.inspect(zip); // passes when left alone
    WorkbookRefusedException thrown =
        CompletableFuture.supplyAsync(
                () -> {
                  Thread.currentThread().interrupt();
                  try {
                    PackageGuard.inspect(zip);
                    return null;
                  } catch (WorkbookRefusedException e) {
                    return e;
                  } finally {
                    Thread.interrupted(); // leave the pool's thread as it was found
                  }
                })
            .get(30, TimeUnit.SECONDS);
    assertThat(thrown).isNotNull().hasMessageContaining("checking it was stopped");
    assertThat(thrown.reason()).isEqualTo(Reason.TOO_LARGE);
  }
}
