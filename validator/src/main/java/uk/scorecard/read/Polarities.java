package uk.scorecard.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.scorecard.model.CellRef;
import uk.scorecard.model.Column;
import uk.scorecard.model.Finding;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Quoted;
import uk.scorecard.model.Severity;

/**
 * Gives a polarity to rows that neither their own cell nor the rules file gave one: first from the
 * same indicator id in another table (a detail sheet without a Polarity column, beside an overview
 * with one), then from the title's wording when the catalogue is sure of it. Each is said in a
 * finding (a warning for a title) and a caveat.
 */
final class Polarities {

  /** Compiled once: an id is keyed for every row. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

  private Polarities() {}

  /** The workbook's tables with polarity settled; findings about each assumption go to out. */
  static List<IndicatorTable> settle(List<TableFinder.ReadTable> tables, List<Finding> out) {
    Map<String, IndicatorRow> given = new HashMap<>();
    for (TableFinder.ReadTable t : tables) {
      for (ReadRow r : t.rows()) {
        if (r.polarityGiven() && r.row().id() != null) {
          given.putIfAbsent(key(r.row().id()), r.row());
        }
      }
    }
    List<IndicatorTable> settled = new ArrayList<>();
    for (TableFinder.ReadTable t : tables) {
      List<IndicatorRow> rows = new ArrayList<>();
      for (ReadRow r : t.rows()) {
        out.addAll(r.findings());
        rows.add(r.polarityGiven() ? r.row() : assume(r.row(), given, out));
      }
      settled.add(new IndicatorTable(t.layout(), rows));
    }
    return settled;
  }

  private static IndicatorRow assume(
      IndicatorRow row, Map<String, IndicatorRow> given, List<Finding> out) {
    IndicatorRow other = row.id() == null ? null : given.get(key(row.id()));
    if (other != null) {
      CellRef from =
          other.layout().has(Column.POLARITY) ? other.cell(Column.POLARITY) : other.idCell();
      String said = "polarity " + lower(other.polarity().label()) + " taken from " + from;
      out.add(
          Finding.at(
              row.idCell(),
              Severity.INFO,
              ReadCodes.POLARITY_FROM_OTHER_TABLE,
              "No polarity for "
                  + Quoted.cap(row.id())
                  + " here: "
                  + said
                  + ", the same indicator"));
      return row.withPolarity(
          other.polarity(),
          "Polarity " + lower(other.polarity().label()) + ", taken from " + from,
          false);
    }
    Optional<PolarityCatalogue.Match> m = PolarityCatalogue.lookup(row.title());
    if (m.isEmpty()) {
      return row;
    }
    String polarity = lower(m.get().polarity().label());
    CellRef at = row.layout().has(Column.TITLE) ? row.cell(Column.TITLE) : row.idCell();
    // A rating that rests on a guessed direction is a warning: the officer must confirm it.
    out.add(
        Finding.at(
            at,
            Severity.WARNING,
            ReadCodes.POLARITY_FROM_TITLE,
            "Polarity of "
                + name(row)
                + " assumed from its title: '"
                + m.get().phrase()
                + "' means "
                + polarity
                + "; add a Polarity column or a rules file entry to confirm it"));
    return row.withPolarity(
        m.get().polarity(),
        "Direction assumed from the title ('" + m.get().phrase() + "': " + polarity + ")",
        true);
  }

  private static String name(IndicatorRow row) {
    return row.id() != null ? Quoted.cap(row.id()) : "this indicator";
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  private static String key(String id) {
    return SPACES.matcher(id).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
