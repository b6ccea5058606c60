package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type comes from the bytes; zips are unpacked against a ceiling and scanned for DTDs. */
class UploadLimitsTest {

  private final UploadLimits limits = new UploadLimits(50L * 1024 * 1024);

  private static int status(ThrowingRunnable r) {
    try {
      r.run();
      return 200;
    } catch (ServiceException e) {
      return e.status();
    }
  }

  interface ThrowingRunnable {
    void run() throws ServiceException;
  }

  @Test
  void sniffsTheMagicNotTheName() throws Exception {
    assertThat(UploadLimits.sniff(TestWorkbooks.scorecard())).isEqualTo(UploadLimits.Container.ZIP);
    assertThat(UploadLimits.sniff(TestWorkbooks.encrypted())).isEqualTo(UploadLimits.Container.OLE2);
    assertThatThrownBy(() -> UploadLimits.sniff("PK".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(ServiceException.class).extracting("status").isEqualTo(415);
    assertThatThrownBy(() -> UploadLimits.sniff(new byte[0]))
        .isInstanceOf(ServiceException.class).extracting("status").isEqualTo(415);
  }

  @Test
  void aRealWorkbookPasses() {
    assertThat(status(() -> limits.inspect(TestWorkbooks.scorecard()))).isEqualTo(200);
    assertThat(status(() -> limits.inspect(TestWorkbooks.encrypted()))).isEqualTo(200);
  }

  @Test
  void hostileZipsAreRefused() {
    assertThat(status(() -> limits.inspect(TestWorkbooks.zipBomb(20)))).isEqualTo(413);
    assertThat(status(() -> new UploadLimits(100_000).inspect(TestWorkbooks.zipBomb(1)))).isEqualTo(413);
    assertThat(status(() -> limits.inspect(TestWorkbooks.withDtd()))).isEqualTo(422);
    assertThat(status(() -> limits.inspect(TestWorkbooks.truncated()))).isEqualTo(422);
    assertThat(status(() -> limits.inspect(TestWorkbooks.ods()))).isEqualTo(415);
  }
}
