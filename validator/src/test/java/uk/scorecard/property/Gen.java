package uk.scorecard.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The random choices a generated scorecard is drawn from, all from one seed, so a seed names a
 * workbook exactly and a failure can be replayed from the seed alone.
 */
final class Gen {

  private final SplittableRandom random;

  Gen(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A whole number from lo to hi, both included. */
  int between(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  /** True with probability p. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** One of these, evenly. */
  <T> T oneOf(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** One of these, evenly. */
  @SafeVarargs
  final <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Null with probability p, else what the supplier draws. */
  <T> T orNull(double p, Supplier<T> draw) {
    return chance(p) ? null : draw.get();
  }
}
