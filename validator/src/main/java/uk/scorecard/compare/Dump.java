package uk.scorecard.compare;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.Observation;
import uk.scorecard.rate.RatedIndicator;

/**
 * A stable text form of a rated workbook for {@code git diff} (a textconv driver): a line per
 * indicator with its rules and rating, then a line per period's figure, each keyed by sheet and id
 * rather than cell, so an inserted row or a new month column changes only the lines it adds.
 */
public final class Dump {

  private Dump() {}

  /** The lines of the dump, in the workbook's order. */
  public static List<String> lines(List<RatedIndicator> rated) {
    List<String> out = new ArrayList<>();
    for (RatedIndicator r : rated) {
      IndicatorRow row = r.row();
      String key = clean(row.sheet()) + " | " + clean(Sentences.name(row));
      StringBuilder sb = new StringBuilder(key).append(" | ").append(clean(row.title()));
      sb.append(" | ").append(row.polarity() == null ? "no polarity" : row.polarity().label());
      field(sb, "target", Figures.target(row));
      field(sb, "tolerance", Figures.tolerance(row));
      if (row.frequency() != null) {
        field(sb, "every", Streak.word(row.frequency()));
      }
      sb.append(" | ").append(r.rating().word());
      field(sb, "change", r.change());
      Direction d = r.ratedOn() == null ? null : Direction.sincePrevious(r);
      if (d != null) {
        sb.append(" | ").append(d.shown());
      }
      out.add(sb.toString());
      for (Observation o : row.observations()) {
        out.add(
            key
                + " | "
                + clean(o.period().label())
                + " | "
                + clean(Figures.reading(o.reading(), row.unit())));
      }
    }
    return out;
  }

  private static void field(StringBuilder sb, String name, @Nullable String value) {
    if (value != null && !value.isEmpty()) {
      sb.append(" | ").append(name).append(' ').append(clean(value));
    }
  }

  /** Text on one line, so one cell never spans lines of the diff. */
  private static String clean(@Nullable String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
