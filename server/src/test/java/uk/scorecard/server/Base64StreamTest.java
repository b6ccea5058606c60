package uk.scorecard.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The results page's workbook, encoded as it is sent, is exactly the JDK's Base64 of it. */
class Base64StreamTest {

  @Test
  void encodesLikeTheJdkAcrossBlockBoundaries() throws IOException {
    Random random = new Random(64);
    for (int size : new int[] {0, 1, 2, 3, 4, 49_151, 49_152, 49_153, 98_305, 250_000}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      byte[] streamed = new Base64Stream(bytes).readAllBytes();
      assertThat(streamed).as(size + " bytes").isEqualTo(Base64.getEncoder().encode(bytes));
    }
  }

  @Test
  void readsOneByteAtATimeToo() {
    byte[] bytes = {1, 2, 3, 4, 5};
    Base64Stream in = new Base64Stream(bytes);
    StringBuilder text = new StringBuilder();
    for (int c; (c = in.read()) >= 0; ) {
      text.append((char) c);
    }
    assertThat(text.toString()).isEqualTo(Base64.getEncoder().encodeToString(bytes));
  }
}
