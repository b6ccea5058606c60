package uk.scorecard.read.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The packed reading of stored numbers is the BigDecimal reading, for every text it takes. */
final class NumbersCompactTest {

  @Test
  void packsExactlyWhatParseReadsAndLeavesTheRestToIt() {
    String[] fixed = {
      "0",
      "-0",
      "0.0",
      "7",
      "-7",
      "+7",
      "12.50",
      "0.85",
      "100",
      "1000.000",
      "0.84999999999999998",
      "123456789012345",
      "1234567890123456",
      "1E3",
      "1.5e-3",
      ".5",
      "5.",
      "-.25",
      "",
      "-",
      ".",
      "1,000",
      " 1",
      "00000012",
      "0.000000000000001",
      "99999.99",
      "0".repeat(500) + "1",
      "0." + "0".repeat(126) + "1",
      "0." + "0".repeat(127) + "1"
    };
    for (String s : fixed) {
      agrees(s);
    }
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      StringBuilder s = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
      int whole = random.nextInt(12);
      for (int d = 0; d < whole; d++) {
        s.append((char) ('0' + random.nextInt(10)));
      }
      if (random.nextBoolean()) {
        s.append('.');
        int fraction = random.nextInt(12);
        for (int d = 0; d < fraction; d++) {
          s.append((char) ('0' + (random.nextInt(3) == 0 ? 0 : random.nextInt(10))));
        }
      }
      agrees(s.toString());
    }
  }

  private static void agrees(String s) {
    long packed = Numbers.compact(s);
    BigDecimal parsed;
    try {
      parsed = Numbers.parse(s);
    } catch (NumberFormatException e) {
      assertThat(packed).as(s).isEqualTo(Numbers.NOT_COMPACT);
      return;
    }
    if (packed != Numbers.NOT_COMPACT) {
      assertThat(BigDecimal.valueOf(packed >> 8, (byte) packed)).as(s).isEqualTo(parsed);
    }
  }
}
