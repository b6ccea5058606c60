package uk.scorecard.rate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Polarity;
import uk.scorecard.model.Unit;
import uk.scorecard.model.WrittenNumber;

/**
 * What a Change cell says, as a direction (+1 up, -1 down, 0 no change) and an amount when one is
 * given: {@code Up 9pp}, {@code +9}, {@code ▼ 0.2}, {@code 3 fewer}, {@code Improved by 2pp}.
 */
public record ChangeText(int direction, BigDecimal amount) {

  private static final Pattern SAME =
      Pattern.compile(
          "no change|unchanged|\\bsame\\b|\\bstatic\\b|\\bstable\\b|\\bflat\\b|^=$|↔|⇔|◄►");
  private static final Pattern UP =
      Pattern.compile(
          "\\bup\\b|increas|\\brise|\\brose\\b|\\brisen\\b|higher|\\bmore\\b" + "|↑|▲|⬆|⇧|△|^\\+");
  private static final Pattern DOWN =
      Pattern.compile(
          "\\bdown\\b|decreas|\\bfell\\b|\\bfall|lower|\\bfewer\\b|\\bless\\b|drop|reduc"
              + "|↓|▼|⬇|⇩|▽|^[-\u2212\u2013]\\s*\\d");
  private static final Pattern BETTER = Pattern.compile("improv|better");
  private static final Pattern WORSE = Pattern.compile("worse|deteriorat|declin");
  private static final Pattern AMOUNT = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+");

  /** What the text says, or null when it says nothing we can compare (blank, "-", "N/A"). */
  public static @Nullable ChangeText parse(String text, Polarity polarity) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    Matcher m = AMOUNT.matcher(t);
    // An amount longer than a spreadsheet holds is no amount (and is never parsed).
    BigDecimal amount = m.find() ? WrittenNumber.parse(m.group()) : null;
    if (SAME.matcher(t).find() || amount != null && amount.signum() == 0) {
      return new ChangeText(0, BigDecimal.ZERO);
    }
    int direction = direction(t, polarity);
    if (direction == 0) {
      // An unsigned amount, as in a numeric Change cell, is a rise.
      return amount == null ? null : new ChangeText(1, amount);
    }
    return new ChangeText(direction, amount);
  }

  private static int direction(String t, Polarity polarity) {
    boolean up = UP.matcher(t).find();
    boolean down = DOWN.matcher(t).find();
    if (up != down) {
      return up ? 1 : -1;
    }
    boolean directed =
        polarity == Polarity.HIGHER_IS_BETTER || polarity == Polarity.LOWER_IS_BETTER;
    if (up || !directed) {
      return 0;
    }
    int better = polarity == Polarity.HIGHER_IS_BETTER ? 1 : -1;
    if (BETTER.matcher(t).find()) {
      return better;
    }
    return WORSE.matcher(t).find() ? -better : 0;
  }

  /**
   * True when this written change says what ours says: the same direction and, when it gives an
   * amount, ours rounded to its precision. A percentage's amount may be written as a fraction (0.09
   * in a Change cell formatted as a percentage for 9pp).
   */
  public boolean agrees(ChangeText ours, Unit unit) {
    if (direction != ours.direction) {
      return false;
    }
    if (amount == null || ours.amount == null) {
      return true;
    }
    return same(ours.amount) || unit == Unit.PERCENT && same(ours.amount.movePointLeft(2));
  }

  private boolean same(BigDecimal ours) {
    int scale = Math.max(0, amount.scale());
    return ours.setScale(scale, RoundingMode.HALF_UP).compareTo(amount) == 0;
  }
}
