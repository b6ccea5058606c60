package uk.scorecard.property;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import uk.scorecard.property.Spec.Extra;
import uk.scorecard.property.Spec.Headers;
import uk.scorecard.property.Spec.Indicator;
import uk.scorecard.property.Spec.Layout;
import uk.scorecard.property.Spec.OfficerRag;
import uk.scorecard.property.Spec.Periods;
import uk.scorecard.property.Spec.Row;
import uk.scorecard.property.Spec.Section;
import uk.scorecard.property.Spec.Shape;
import uk.scorecard.property.Spec.TitleRow;
import uk.scorecard.property.Spec.Writer;

/**
 * Makes a failing scorecard smaller while it still fails: drops rows, notes and periods, plain
 * headers, no extra columns, no officer text, POI as the writer. Greedy, one step at a time, until
 * no step keeps it failing (or the budget of tries runs out).
 */
final class Shrinker {

  private static final int BUDGET = 300;

  private Shrinker() {}

  /** The smallest scorecard reached from this one for which {@code fails} still holds. */
  static Spec shrink(Spec spec, Predicate<Spec> fails) {
    Spec best = spec;
    int spent = 0;
    boolean smaller = true;
    while (smaller && spent < BUDGET) {
      smaller = false;
      for (Spec candidate : steps(best)) {
        if (spent++ >= BUDGET) {
          break;
        }
        if (!candidate.equals(best) && fails.test(candidate)) {
          best = candidate;
          smaller = true;
          break;
        }
      }
    }
    return best;
  }

  private static List<Spec> steps(Spec s) {
    List<Spec> out = new ArrayList<>();
    long indicators = s.rows().stream().filter(r -> r instanceof Indicator).count();
    for (int i = 0; i < s.rows().size(); i++) {
      if (!(s.rows().get(i) instanceof Indicator) || indicators > 1) {
        List<Row> rows = new ArrayList<>(s.rows());
        rows.remove(i);
        out.add(new Spec(s.layout(), rows, s.notes()));
      }
    }
    for (int i = 0; i < s.notes().size(); i++) {
      var notes = new ArrayList<>(s.notes());
      notes.remove(i);
      out.add(new Spec(s.layout(), s.rows(), notes));
    }
    Layout l = s.layout();
    Shape sh = l.shape();
    Headers h = l.headers();
    boolean named = sh.titleNamesPeriod();
    boolean tol = sh.toleranceColumn();
    out.add(
        shape(
            s,
            new Shape(
                sh.twoRow(),
                sh.mergedLabels(),
                sh.title(),
                named,
                sh.notes(),
                sh.lead(),
                tol,
                Writer.POI,
                "Scorecard")));
    out.add(
        shape(
            s,
            new Shape(
                sh.twoRow(),
                false,
                TitleRow.NONE,
                false,
                sh.notes(),
                sh.lead(),
                tol,
                sh.writer(),
                sh.sheet())));
    out.add(
        shape(
            s,
            new Shape(
                sh.twoRow(),
                sh.mergedLabels(),
                sh.title(),
                named,
                Extra.NONE,
                sh.lead(),
                tol,
                sh.writer(),
                sh.sheet())));
    out.add(
        shape(
            s,
            new Shape(
                sh.twoRow(),
                sh.mergedLabels(),
                sh.title(),
                named,
                sh.notes(),
                Extra.NONE,
                tol,
                sh.writer(),
                sh.sheet())));
    out.add(
        shape(
            s,
            new Shape(
                false,
                false,
                sh.title(),
                named,
                sh.notes(),
                sh.lead(),
                tol,
                sh.writer(),
                sh.sheet())));
    out.add(
        rows(
            shape(
                s,
                new Shape(
                    sh.twoRow(),
                    sh.mergedLabels(),
                    sh.title(),
                    named,
                    sh.notes(),
                    sh.lead(),
                    false,
                    sh.writer(),
                    sh.sheet())),
            i ->
                with(
                    i,
                    i.officerChange(),
                    i.officerRag(),
                    i.officerCaveat(),
                    i.extrasFilled(),
                    null)));
    out.add(
        headers(
            s,
            new Headers(
                "Ref",
                "Indicator",
                "Polarity",
                "Target",
                h.change(),
                h.rag() == null ? null : "RAG",
                h.caveat() == null ? null : "Caveat",
                h.unitColumn())));
    out.add(
        headers(
            s,
            new Headers(
                h.id(),
                h.title(),
                h.polarity(),
                h.target(),
                h.change(),
                h.rag(),
                h.caveat(),
                false)));
    out.add(
        rows(
            headers(
                s,
                new Headers(
                    h.id(),
                    h.title(),
                    h.polarity(),
                    h.target(),
                    null,
                    h.rag(),
                    h.caveat(),
                    h.unitColumn())),
            i -> with(i, null, i.officerRag(), i.officerCaveat(), i.extrasFilled(), i.tol())));
    out.add(
        rows(
            headers(
                s,
                new Headers(
                    h.id(),
                    h.title(),
                    h.polarity(),
                    h.target(),
                    h.change(),
                    null,
                    h.caveat(),
                    h.unitColumn())),
            i ->
                with(
                    i,
                    i.officerChange(),
                    OfficerRag.NONE,
                    i.officerCaveat(),
                    i.extrasFilled(),
                    i.tol())));
    out.add(
        rows(
            headers(
                s,
                new Headers(
                    h.id(),
                    h.title(),
                    h.polarity(),
                    h.target(),
                    h.change(),
                    h.rag(),
                    null,
                    h.unitColumn())),
            i -> with(i, i.officerChange(), i.officerRag(), null, i.extrasFilled(), i.tol())));
    if (l.periods().count() > 2) {
      Periods p = l.periods();
      Spec fewer =
          new Spec(
              new Layout(h, new Periods(p.kind(), p.count() - 1, p.start() + 1), sh),
              s.rows(),
              s.notes());
      out.add(
          rows(
              fewer,
              i ->
                  new Indicator(
                      i.id(),
                      i.measure(),
                      i.title(),
                      i.unitText(),
                      i.entries().subList(1, i.entries().size()),
                      i.direction(),
                      i.polarityText(),
                      i.goal(),
                      i.tol(),
                      i.officerChange(),
                      i.officerRag(),
                      i.officerCaveat(),
                      i.extrasFilled())));
    }
    out.add(rows(s, i -> with(i, null, OfficerRag.NONE, null, false, i.tol())));
    return out;
  }

  private static Spec shape(Spec s, Shape shape) {
    return new Spec(
        new Layout(s.layout().headers(), s.layout().periods(), shape), s.rows(), s.notes());
  }

  private static Spec headers(Spec s, Headers h) {
    return new Spec(new Layout(h, s.layout().periods(), s.layout().shape()), s.rows(), s.notes());
  }

  private static Spec rows(Spec s, UnaryOperator<Indicator> change) {
    List<Row> rows = new ArrayList<>();
    for (Row r : s.rows()) {
      rows.add(
          r instanceof Indicator i ? change.apply(i) : new Section(((Section) r).text(), false));
    }
    return new Spec(s.layout(), rows, s.notes());
  }

  private static Indicator with(
      Indicator i, String change, OfficerRag rag, String caveat, boolean extras, Spec.Tol tol) {
    return new Indicator(
        i.id(),
        i.measure(),
        i.title(),
        i.unitText(),
        i.entries(),
        i.direction(),
        i.polarityText(),
        i.goal(),
        tol,
        change,
        rag,
        caveat,
        extras);
  }
}
