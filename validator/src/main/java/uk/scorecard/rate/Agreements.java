package uk.scorecard.rate;

import java.util.List;
import uk.scorecard.check.Findings;
import uk.scorecard.check.Messages;
import uk.scorecard.check.Rule;
import uk.scorecard.model.Column;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.model.Rating;
import uk.scorecard.model.Shown;
import uk.scorecard.model.Target;
import uk.scorecard.model.Unit;

/**
 * What the officer wrote in Change and RAG, held against what the figures give: a rating or change
 * that disagrees (rag-disagrees, change-disagrees), and words we cannot compare, which we keep and
 * say what we would have written (officer-value-kept).
 */
public final class Agreements {

  private Agreements() {}

  /** Adds the findings for each rated indicator. */
  public static void check(List<RatedIndicator> rated, Findings out) {
    for (RatedIndicator r : rated) {
      rag(r, out);
      change(r, out);
      kept(r, out);
    }
  }

  private static void rag(RatedIndicator r, Findings out) {
    IndicatorRow row = r.row();
    String written = row.existingRag();
    Rating ours = r.rating();
    if (written == null || ours == Rating.GREY || r.ratedOn() == null) {
      return;
    }
    Rating theirs = Rating.parse(written);
    // An officer's Blue (BRAG) where we do not rate Blue agrees with Green: beyond the target.
    boolean blueOnTarget = theirs == Rating.BLUE && ours == Rating.GREEN;
    // So is an Amber/Green or Amber/Red where we rate three points: a shade of Amber.
    boolean shadeOfAmber =
        theirs != null && theirs.fivePoint() && ours == Rating.AMBER && !r.fivePoint();
    if (theirs == null || theirs == ours || blueOnTarget || shadeOfAmber) {
      return;
    }
    add(
        out,
        Rule.RAG_DISAGREES,
        row,
        Column.RAG,
        "rag-disagrees",
        "written",
        Shown.clip(written),
        "rating",
        ours.word(),
        "where",
        r.ratedOn().period().label(),
        "shown",
        Shown.figure(r.ratedOn().reading().figure(), row.unit()),
        "target",
        target(row));
  }

  private static void change(RatedIndicator r, Findings out) {
    IndicatorRow row = r.row();
    String written = row.existingChange();
    String ours = r.change();
    if (written == null || ours == null || ours.isEmpty()) {
      return;
    }
    ChangeText theirs = ChangeText.parse(written, row.polarity());
    ChangeText mine = ChangeText.parse(ours, row.polarity());
    if (theirs == null || mine == null || theirs.agrees(mine, row.unit())) {
      return;
    }
    List<Observation> figures = row.figures();
    add(
        out,
        Rule.CHANGE_DISAGREES,
        row,
        Column.CHANGE,
        "change-disagrees",
        "written",
        Shown.clip(written),
        "change",
        ours,
        "from",
        shown(figures.get(figures.size() - 2), row.unit()),
        "to",
        shown(figures.get(figures.size() - 1), row.unit()));
  }

  /** Kept words we cannot compare with ours; comparable ones are said only when they differ. */
  private static void kept(RatedIndicator r, Findings out) {
    IndicatorRow row = r.row();
    if (!r.writesChange()
        && !r.change().isEmpty()
        && row.existingChange() != null
        && ChangeText.parse(row.existingChange(), row.polarity()) == null) {
      keptOne(out, row, Column.CHANGE, row.existingChange(), r.change());
    }
    if (!r.writesRag() && row.existingRag() != null && Rating.parse(row.existingRag()) == null) {
      keptOne(out, row, Column.RAG, row.existingRag(), r.rating().word());
    }
  }

  private static void keptOne(
      Findings out, IndicatorRow row, Column c, String written, String ours) {
    boolean formula = row.formulaCells().contains(c);
    add(
        out,
        Rule.OFFICER_VALUE_KEPT,
        row,
        c,
        "officer-value-kept",
        "column",
        c.header(),
        "written",
        formula ? "a formula" : "\"" + Shown.clip(written) + "\"",
        "ours",
        ours);
  }

  private static void add(
      Findings out, Rule rule, IndicatorRow row, Column c, String key, Object... params) {
    var at = row.layout().has(c) ? row.cell(c) : row.idCell();
    out.add(Finding.at(at, rule.severity(), rule.code(), Messages.format(key, params)));
  }

  private static String shown(Observation o, Unit unit) {
    return Shown.figure(o.reading().figure(), unit) + " in " + o.period().label();
  }

  /** The target as shown, or the band of levels a within-range indicator is rated on. */
  private static String target(IndicatorRow row) {
    Unit u = row.unit();
    Target t = row.target();
    return t != null
        ? Shown.target(t, u)
        : Shown.number(row.lowerTolerance(), u) + " to " + Shown.number(row.upperTolerance(), u);
  }
}
