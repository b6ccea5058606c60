package uk.scorecard.live;

import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.num;
import static uk.scorecard.fixtures.Value.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.scorecard.fixtures.Value;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.DirectionPlace;
import uk.scorecard.model.RatingScale;
import uk.scorecard.rules.Rules;

/**
 * A generated scorecard for the agreement test whose rows carry explicit levels: a floor under a
 * higher-is-better target, a ceiling over a lower-is-better one, a band given as two levels or as a
 * target "8 to 12", and Blue levels; figures fall on every edge those make, on the thirds of the
 * Amber width (the five-point scale) and half a shown place either side.
 */
final class GeneratedLevels {

  private static final String[] POLARITY = {"Higher is better", "Lower is better", "Within range"};
  private static final String[] TOLERANCE = {"10%", "5pp", "2", "", "0.5"};

  private GeneratedLevels() {}

  /**
   * The workbook and its rules: on the five-point scale with a 5% Blue margin where a row has no
   * Blue level of its own, or on the RAG scale with Blue only from the Blue column.
   */
  static GeneratedScorecard.Ruled of(int rows, long seed, boolean fivePoint) {
    Random rnd = new Random(seed);
    WorkbookBuilder b = WorkbookBuilder.scorecard().row("Generated levels").blank();
    List<Object> header = new ArrayList<>(List.of("Ref", "Indicator", "Polarity", "Unit"));
    for (int m = 4; m <= 9; m++) {
      header.add(month(2024, m));
    }
    header.addAll(
        List.of(
            "Target",
            "Tolerance",
            "Lower tolerance",
            "Upper tolerance",
            "Blue",
            "Change",
            "RAG",
            "Caveat"));
    b.row(header.toArray());
    for (int i = 0; i < rows; i++) {
      b.row(row(i, rnd).toArray());
    }
    Rules rules =
        fivePoint
            ? new Rules(
                null, Map.of(), Map.of(), "5%", "", DirectionPlace.COLUMN, RatingScale.FIVE_POINT)
            : Rules.NONE;
    return new GeneratedScorecard.Ruled(b.bytes(), rules);
  }

  private static List<Object> row(int i, Random rnd) {
    String polarity = POLARITY[rnd.nextInt(POLARITY.length)];
    boolean percent = rnd.nextBoolean();
    int dp = percent ? rnd.nextInt(2) : rnd.nextInt(3);
    String tol = TOLERANCE[rnd.nextInt(TOLERANCE.length)];
    double target = percent ? 50 + rnd.nextInt(40) : 10 + rnd.nextInt(100);
    double allowance =
        tol.isEmpty()
            ? target * 0.05
            : tol.endsWith("%")
                ? target * Double.parseDouble(tol.replace("%", "")) / 100
                : Double.parseDouble(tol.replace("pp", ""));
    double step = 1 + rnd.nextInt(6);
    Double lower = rnd.nextInt(3) > 0 ? target - step : null;
    Double upper = rnd.nextInt(3) > 0 ? target + step : null;
    Double blue =
        rnd.nextInt(3) == 0 ? null : polarity.startsWith("Lower") ? target - step : target + step;
    boolean bandText = polarity.equals("Within range") && rnd.nextBoolean();
    List<Double> edges = new ArrayList<>();
    for (double t :
        new double[] {target, lower == null ? target : lower, upper == null ? target : upper}) {
      for (double f : new double[] {0, 1.0 / 3, 2.0 / 3, 1}) {
        edges.add(t - f * allowance);
        edges.add(t + f * allowance);
      }
    }
    if (lower != null) {
      edges.add(target - (target - lower) / 3);
      edges.add(target - 2 * (target - lower) / 3);
    }
    if (upper != null) {
      edges.add(target + (upper - target) / 3);
      edges.add(target + 2 * (upper - target) / 3);
    }
    if (blue != null) {
      edges.add(blue);
    }
    List<Object> r = new ArrayList<>(List.of("L" + i, "Levels indicator " + i, polarity));
    r.add(percent ? "%" : "Number");
    String format = GeneratedScorecard.format(dp);
    for (int m = 0; m < 6; m++) {
      if (rnd.nextInt(6) == 0) {
        r.add(m % 2 == 0 ? text("c") : null);
        continue;
      }
      double half = 0.5 * Math.pow(10, -dp);
      double nudge = new double[] {0, half, -half, 0}[rnd.nextInt(4)];
      double v = GeneratedScorecard.round(edges.get(rnd.nextInt(edges.size())) + nudge, dp);
      r.add(percent ? num(v / 100, dp == 0 ? "0%" : "0.0%") : num(v, format));
    }
    if (bandText) {
      String unit = percent ? "%" : "";
      r.add(
          text(
              GeneratedScorecard.fmt(target - step)
                  + unit
                  + " to "
                  + GeneratedScorecard.fmt(target + step)
                  + unit));
    } else {
      r.add(level(target, percent));
    }
    r.add(tol.isEmpty() ? null : tol);
    r.add(level(lower, percent));
    r.add(level(upper, percent));
    r.add(level(blue, percent));
    return r;
  }

  private static Value level(Double v, boolean percent) {
    if (v == null) {
      return null;
    }
    return percent ? num(v / 100, "0%") : num(v, "0");
  }
}
