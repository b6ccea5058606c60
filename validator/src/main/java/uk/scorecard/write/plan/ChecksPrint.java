package uk.scorecard.write.plan;

/**
 * The printed Checks sheet's page header and footer, in the header language Excel and LibreOffice
 * share ({@code &L} left, {@code &C} centre, {@code &R} right, {@code &P} page, {@code &N} pages):
 * the marking left in bold, what the page is in the centre, the file's name ({@code &F}, filled in
 * when printed) and the period on the right; below, the marking again, "Page 1 of 3" and when it
 * was checked.
 */
public final class ChecksPrint {

  /** Excel refuses a header or footer longer than this. */
  private static final int MAX = 255;

  private ChecksPrint() {}

  /** The header's left, centre and right parts, codes included. */
  public static String[] header(ChecksHeading h) {
    String right = "&F";
    if (!h.period().isEmpty()) {
      right += ", as at " + text(h.period());
    }
    return new String[] {marking(h), text(ChecksContent.TITLE), right};
  }

  /** The footer's left, centre and right parts, codes included. */
  public static String[] footer(ChecksHeading h) {
    return new String[] {
      marking(h), "Page &P of &N", h.checked().isEmpty() ? "" : "Checked " + text(h.checked())
    };
  }

  /** The three parts as one header string ({@code &Lleft&Ccentre&Rright}), within Excel's limit. */
  public static String code(String[] parts) {
    String s = "&L" + parts[0] + "&C" + parts[1] + "&R" + parts[2];
    return s.length() <= MAX ? s : "&L" + parts[0] + "&C" + parts[1];
  }

  private static String marking(ChecksHeading h) {
    return h.marking().isEmpty() ? "" : "&\"-,Bold\"" + text(clip(h.marking(), 80));
  }

  /** Text shown as it is: an ampersand is a code, so a literal one is doubled. */
  private static String text(String s) {
    return s.replace("&", "&&");
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
