package uk.scorecard.property;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.property.Spec.Extra;
import uk.scorecard.property.Spec.Headers;
import uk.scorecard.property.Spec.Indicator;
import uk.scorecard.property.Spec.Layout;
import uk.scorecard.property.Spec.Note;
import uk.scorecard.property.Spec.PeriodKind;
import uk.scorecard.property.Spec.Periods;
import uk.scorecard.property.Spec.Row;
import uk.scorecard.property.Spec.Section;
import uk.scorecard.property.Spec.Shape;
import uk.scorecard.property.Spec.TitleRow;
import uk.scorecard.property.Spec.Writer;

/**
 * Draws scorecards from the layouts councils use: header synonyms, monthly (dates or text) or
 * quarterly periods, merged titles, two-row Number | % headers, section rows in capitals, extra
 * columns, officer notes, and officer text in our columns (see {@link IndicatorGen}).
 */
final class SpecGen {

  private static final List<String> SECTIONS =
      List.of("FRONT DOOR", "CHILDREN IN CARE", "CARE LEAVERS", "WORKFORCE");
  private static final List<String> PREFIXES = List.of("FD", "AMT", "CIN", "CP", "LAC", "CL", "W");
  private static final List<String> NOTES =
      List.of("Officer: checked with the team", "Figure revised in the next return");

  private SpecGen() {}

  /** A whole scorecard: a layout, 1 to 8 indicators with sections between, 0 to 4 notes. */
  static Spec draw(Gen g, List<Writer> writers) {
    Headers headers = headers(g);
    Shape shape = shape(g, writers);
    Layout layout = new Layout(headers, periods(g), shape);
    List<Row> rows = new ArrayList<>();
    int n = g.between(1, 8);
    for (int i = 1; i <= n; i++) {
      if (g.chance(0.3)) {
        rows.add(new Section(g.oneOf(SECTIONS), g.chance(0.5)));
      }
      // Ids are numbered by position, so they are unique and read as codes (FD 7).
      Indicator ind = IndicatorGen.draw(g, layout, g.oneOf(PREFIXES) + " " + i);
      rows.add(ind);
    }
    List<Note> notes = new ArrayList<>();
    for (int i = g.between(0, 4); i > 0; i--) {
      notes.add(new Note(g.between(0, 999), g.between(0, 999), g.oneOf(NOTES)));
    }
    return new Spec(layout, rows, notes);
  }

  private static Headers headers(Gen g) {
    return new Headers(
        g.oneOf("Ref", "Indicator number", "PI"),
        g.oneOf("Indicator", "Title", "Measure"),
        g.oneOf("Polarity", "Good performance is"),
        g.oneOf("Target", "Target / Range"),
        g.orNull(0.3, () -> "Change"),
        g.orNull(0.3, () -> g.oneOf("RAG", "BRAG", "Status")),
        g.orNull(0.3, () -> g.oneOf("Caveat", "Comments", "Management commentary")),
        g.chance(0.5));
  }

  private static Periods periods(Gen g) {
    return new Periods(g.oneOf(PeriodKind.values()), g.between(2, 6), g.between(0, 30));
  }

  private static Shape shape(Gen g, List<Writer> writers) {
    // A quarter of tables have the two-row Number | % header.
    return new Shape(
        g.chance(0.25),
        g.chance(0.5),
        g.oneOf(TitleRow.values()),
        g.chance(0.5),
        g.oneOf(Extra.values()),
        g.oneOf(Extra.values()),
        g.chance(0.5),
        g.oneOf(writers),
        g.oneOf("Scorecard", "KPIs", "Performance"));
  }
}
