package uk.scorecard.live;

import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.num;
import static uk.scorecard.fixtures.Value.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.scorecard.fixtures.Value;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Polarity;
import uk.scorecard.rules.Rules;

/**
 * A scorecard of many generated rows for the agreement test: every polarity, units of %, number and
 * decimal shown at 0 to 2 places, every tolerance kind (share, points, units, the default), markers
 * (c, [x], TBC) and blanks among the figures, and figures placed on the rounding edges: exactly on
 * the target and the Amber limit, and half a shown place either side of them.
 */
final class GeneratedScorecard {

  private static final String[] POLARITY = {
    "Higher is better",
    "Lower is better",
    "Higher is better",
    "Lower is better",
    "Not rated",
    "Within range",
    ""
  };
  private static final String[] TOLERANCE = {"10%", "5pp", "2", "", "2.5%", "0.5"};
  private static final String[] MARKERS = {"c", "[x]", "TBC", null};

  private GeneratedScorecard() {}

  /** A generated workbook and the rules file it is rated with. */
  record Ruled(byte[] bytes, Rules rules) {}

  /**
   * A scorecard whose rules come from a rules file, as the Rules sheet then shows them: no Polarity
   * or Tolerance column, and a Target column that is blank on every other row (the rules file's
   * target then applies). So the formulas read polarity, tolerance and those targets from the Rules
   * sheet.
   */
  static Ruled ruled(int rows, long seed) {
    Random rnd = new Random(seed);
    WorkbookBuilder b = WorkbookBuilder.scorecard().row("Generated scorecard").blank();
    List<Object> header = new ArrayList<>(List.of("Ref", "Indicator", "Unit"));
    for (int m = 4; m <= 9; m++) {
      header.add(month(2024, m));
    }
    header.addAll(List.of("Target", "Change", "RAG", "Caveat"));
    b.row(header.toArray());
    Map<String, Rules.IndicatorRule> rules = new LinkedHashMap<>();
    for (int i = 0; i < rows; i++) {
      List<Object> r = row(i, rnd);
      String polarity = (String) r.remove(2);
      Object tol = r.remove(r.size() - 1);
      Object target = r.get(r.size() - 1);
      String targetText = null;
      if (i % 2 == 0 && target instanceof Value.Num v && !polarity.equals("Within range")) {
        // The rules file's target, as text: 95% on a percentage, else the number.
        targetText = v.format().endsWith("%") ? fmt(v.value() * 100) + "%" : fmt(v.value());
        r.set(r.size() - 1, null);
      }
      rules.put(
          "G" + i,
          new Rules.IndicatorRule(
              Polarity.parse(polarity), targetText, tol == null ? null : (String) tol));
      b.row(r.toArray());
    }
    return new Ruled(b.bytes(), new Rules(null, rules, Map.of()));
  }

  /** The workbook, {@code rows} indicator rows of six months each. */
  static byte[] of(int rows, long seed) {
    Random rnd = new Random(seed);
    WorkbookBuilder b = WorkbookBuilder.scorecard().row("Generated scorecard").blank();
    List<Object> header = new ArrayList<>(List.of("Ref", "Indicator", "Polarity", "Unit"));
    for (int m = 4; m <= 9; m++) {
      header.add(month(2024, m));
    }
    header.addAll(List.of("Target", "Tolerance", "Change", "RAG", "Caveat"));
    b.row(header.toArray());
    for (int i = 0; i < rows; i++) {
      b.row(row(i, rnd).toArray());
    }
    return b.bytes();
  }

  private static List<Object> row(int i, Random rnd) {
    String polarity = POLARITY[rnd.nextInt(POLARITY.length)];
    int kind = rnd.nextInt(3); // 0 %, 1 number, 2 decimal
    int dp = kind == 1 ? 0 : rnd.nextInt(3);
    String unit = kind == 0 ? "%" : kind == 1 ? "Number" : "Decimal";
    String tol = TOLERANCE[rnd.nextInt(TOLERANCE.length)];
    double target =
        kind == 0
            ? 50 + rnd.nextInt(45)
            : kind == 1 ? 10 + rnd.nextInt(200) : 5 + rnd.nextInt(40) / 2.0;
    double allowance =
        tol.endsWith("%") && !tol.isEmpty()
            ? target * Double.parseDouble(tol.replace("%", "")) / 100
            : tol.isEmpty() ? target * 0.05 : Double.parseDouble(tol.replace("pp", ""));
    List<Object> r = new ArrayList<>();
    r.add("G" + i);
    r.add("Generated indicator " + i);
    r.add(polarity);
    r.add(unit);
    for (int m = 0; m < 6; m++) {
      if (rnd.nextInt(5) == 0) {
        String marker = MARKERS[rnd.nextInt(MARKERS.length)];
        r.add(marker == null ? null : text(marker));
        continue;
      }
      double v = edge(target, allowance, dp, rnd);
      r.add(
          kind == 0
              ? num(v / 100, dp == 0 ? "0%" : "0." + "0".repeat(dp) + "%")
              : num(v, format(dp)));
    }
    if (polarity.equals("Within range")) {
      r.add(text(fmt(target - allowance) + " to " + fmt(target + allowance)));
    } else {
      r.add(kind == 0 ? num(target / 100, "0%") : num(target, format(dp)));
    }
    r.add(tol.isEmpty() ? null : tol);
    return r;
  }

  /** A figure on or beside a rating's edge, or anywhere near the target. */
  private static double edge(double target, double allowance, int dp, Random rnd) {
    double half = 0.5 * Math.pow(10, -dp);
    double base =
        switch (rnd.nextInt(4)) {
          case 0 -> target;
          case 1 -> target - allowance;
          case 2 -> target + allowance;
          default -> target + (rnd.nextDouble() - 0.5) * 4 * allowance;
        };
    double nudge =
        switch (rnd.nextInt(4)) {
          case 0 -> 0;
          case 1 -> half;
          case 2 -> -half;
          default -> half * 0.999;
        };
    return round(base + nudge, dp + 1);
  }

  static double round(double v, int places) {
    return java.math.BigDecimal.valueOf(v)
        .setScale(places, java.math.RoundingMode.HALF_UP)
        .doubleValue();
  }

  static String format(int dp) {
    return dp == 0 ? "0" : "0." + "0".repeat(dp);
  }

  static String fmt(double v) {
    return java.math.BigDecimal.valueOf(round(v, 2)).stripTrailingZeros().toPlainString();
  }
}
