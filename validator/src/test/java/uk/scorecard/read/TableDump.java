package uk.scorecard.read;

import java.util.List;
import java.util.stream.Collectors;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;
import uk.scorecard.model.Layout;
import uk.scorecard.model.Observation;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Unit;

/**
 * What the reader found, as text a test can compare: one line per table (sheet, header row and
 * period labels in date order), then one line per indicator (id | title | readings).
 */
final class TableDump {

  private TableDump() {}

  static String of(ReadWorkbook wb) {
    StringBuilder sb = new StringBuilder();
    for (IndicatorTable t : wb.tables()) {
      Layout l = t.layout();
      sb.append(l.sheet())
          .append(" row ")
          .append(l.headerRow() + 1)
          .append(": ")
          .append(
              l.periods().stream().map(p -> p.period().label()).collect(Collectors.joining(", ")))
          .append('\n');
      for (IndicatorRow r : t.rows()) {
        sb.append("  ")
            .append(r.id())
            .append(" | ")
            .append(r.title())
            .append(" | ")
            .append(readings(r.observations(), r.unit()))
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String readings(List<Observation> obs, Unit unit) {
    return obs.stream().map(o -> reading(o.reading(), unit)).collect(Collectors.joining(" / "));
  }

  /** A reading in short: 85% or 16.2, a marker as written, - for blank, #N/A, =formula. */
  static String reading(Reading r, Unit unit) {
    if (r instanceof Reading.Figure f) {
      String n = f.value().stripTrailingZeros().toPlainString();
      return (unit == Unit.PERCENT ? n + "%" : n) + (f.storedAsText() ? "(text)" : "");
    }
    if (r instanceof Reading.Marker m) {
      return m.text();
    }
    if (r instanceof Reading.ExcelError e) {
      return e.code();
    }
    if (r instanceof Reading.NoCachedResult n) {
      return "=" + n.formula();
    }
    if (r instanceof Reading.Other o) {
      return "?" + o.text();
    }
    return "-";
  }
}
