package uk.scorecard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.model.Finding;

/**
 * The JSON form of reports: {@code {"files":[{"path","findings":[...],"indicators":[...]}]}}, with
 * cells in A1 form and severities and ratings as lower-case words. A workbook that could not be
 * read has an {@code "error"} with the reason, and empty findings and indicators.
 */
public final class JsonReport {

  private static final ObjectMapper MAPPER = JsonText.mapper();

  private JsonReport() {}

  /** Writes the reports (and workbooks not read) as one JSON document. */
  public static void write(List<? extends Outcome> outcomes, Writer out) throws IOException {
    MAPPER.writeValue(out, Map.of("files", outcomes.stream().map(JsonReport::entry).toList()));
  }

  private static Map<String, Object> entry(Outcome o) {
    if (o instanceof Report r) {
      return file(r);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", o.path());
    // Empty lists as well, so a consumer reading every entry's findings need not test for error.
    m.put("error", ((Unreadable) o).reason());
    m.put("findings", List.of());
    m.put("indicators", List.of());
    return m;
  }

  /** The JSON object for one report, as plain maps and lists (for embedding elsewhere). */
  public static Map<String, Object> file(Report r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", r.path());
    m.put("findings", r.findings().stream().map(JsonReport::finding).toList());
    m.put("indicators", r.indicators().stream().map(JsonReport::indicator).toList());
    if (r.since() != null) {
      // Only when compared with last month, so the shape of a plain check stays as it was.
      m.put("since", CompareReport.changes(r.since()));
      m.put("summary", r.sentences());
    }
    return m;
  }

  private static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sheet", f.sheet());
    m.put("cell", f.cell());
    m.put("severity", f.severity().word());
    m.put("code", f.code());
    m.put("message", f.message());
    return m;
  }

  private static Map<String, Object> indicator(IndicatorResult i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sheet", i.sheet());
    m.put("row", i.row());
    m.put("id", i.id());
    m.put("title", i.title());
    m.put("change", i.change());
    m.put("rating", i.rating().word().toLowerCase(java.util.Locale.ROOT));
    m.put("directionAssumed", i.directionAssumed());
    m.put("caveat", i.caveat());
    m.put("direction", i.direction());
    m.put("directionYearOnYear", i.directionYearOnYear());
    m.put("summary", i.summary());
    IndicatorFacts facts = i.facts();
    m.put("latest", value(facts.latest()));
    m.put("previous", value(facts.previous()));
    m.put("target", i.target());
    m.put("tolerance", facts.tolerance());
    m.put("unit", facts.unit());
    m.put("polarity", facts.polarity());
    m.put("polarityAssumed", facts.polarityAssumed());
    m.put("reason", facts.reason());
    return m;
  }

  /** A figure as {"value","shown","period"}, or null when there is none. */
  private static Map<String, Object> value(IndicatorFacts.Value v) {
    if (v == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("value", v.number());
    m.put("shown", v.shown());
    m.put("period", v.period());
    return m;
  }
}
