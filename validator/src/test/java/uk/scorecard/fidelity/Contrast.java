package uk.scorecard.fidelity;

/** The WCAG 2 contrast ratio between two sRGB colours (1:1 to 21:1). */
final class Contrast {

  private Contrast() {}

  /** The ratio of the lighter colour's relative luminance to the darker's, each plus 0.05. */
  static double ratio(int[] a, int[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  static double luminance(int[] rgb) {
    return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
