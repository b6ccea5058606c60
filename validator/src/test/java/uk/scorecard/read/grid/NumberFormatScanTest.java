package uk.scorecard.read.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scans that read a number format (decimals shown, percent or not) answer as the regular
 * expressions they replaced did, for any format: those ran for every figure cell and made a matcher
 * and a string each time.
 */
final class NumberFormatScanTest {

  private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.");
  private static final Pattern LITERALS_AND_BRACKETS =
      Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^]]*]");
  private static final char[] ALPHABET = {
    '0', '#', '?', '.', ',', '"', '\\', '[', ']', ';', '%', ' ', 'E', '+', 'x', '\n'
  };

  @Test
  void scansAgreeWithTheRegularExpressionsOnEveryFormat() {
    String[] fixed = {
      "0.0%",
      "#,##0.00",
      "[Red]0.0",
      "0.0\"x\"0",
      "General",
      "0%;[Red]-0%",
      "\"%\"0",
      "\\%0",
      "0.0[$-809]",
      "0.\"",
      "[0.00",
      "0.0\\\n0",
      "0.,0,0",
      "0.00E+00",
      "",
      "@",
      "0.0_);(0.0)"
    };
    for (String f : fixed) {
      agrees(f);
    }
    Random random = new Random(23);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder f = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int c = 0; c < length; c++) {
        f.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      agrees(f.toString());
    }
  }

  @Test
  void aHostileFormatIsScannedInLinearTime() {
    String brackets = "[".repeat(200_000) + "0.0";
    String quotes = "0.\"" + "0".repeat(200_000);

    // Quadratic, these would take minutes; linear, milliseconds.
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThat(Numbers.decimalsShown(brackets)).isEqualTo(1);
          assertThat(Numbers.decimalsShown(quotes)).isEqualTo(0);
          assertThat(Numbers.isPercentFormat("\"".repeat(200_001) + "%")).isTrue();
        });
  }

  private static void agrees(String f) {
    assertThat(Numbers.decimalsShown(f)).as(f).isEqualTo(decimalsByRegex(f));
    assertThat(Numbers.isPercentFormat(f))
        .as(f)
        .isEqualTo(f.indexOf('%') >= 0 && LITERALS.matcher(f).replaceAll("").contains("%"));
  }

  /** The reading this scan replaced, kept as the oracle. */
  private static int decimalsByRegex(String format) {
    if (format.isBlank() || format.equalsIgnoreCase("General")) {
      return -1;
    }
    int semi = format.indexOf(';');
    String section =
        LITERALS_AND_BRACKETS.matcher(semi < 0 ? format : format.substring(0, semi)).replaceAll("");
    int dot = section.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    int n = 0;
    for (int i = dot + 1; i < section.length(); i++) {
      char ch = section.charAt(i);
      if (ch == '0' || ch == '#' || ch == '?') {
        n++;
      } else if (ch != ',') {
        break;
      }
    }
    return n;
  }
}
