package uk.scorecard.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.Edited;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * The answer of {@code POST /api/rate?format=edits}: the edit list the add-in writes into the open
 * workbook, and the results page's summary, exception sentences and findings (errors first), so the
 * pane says what the page says.
 */
final class EditsAnswer {

  private static final ObjectMapper JSON =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private EditsAnswer() {}

  /** The JSON of an edit list and its report. */
  static byte[] json(Edited edited) throws JsonProcessingException {
    Report r = edited.report();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("edits", edited.edits());
    if (edited.checks() != null) {
      out.put("checks", edited.checks());
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("headline", ResultsPage.headline(r));
    summary.put("ratings", counts(ResultsPage.ratings(r)));
    summary.put("problems", counts(ResultsPage.problems(r)));
    out.put("summary", summary);
    List<Map<String, String>> sentences = new ArrayList<>();
    if (r.since() != null) {
      uk.scorecard.compare.Sentences.overview(r.since())
          .forEach(s -> sentences.add(Map.of("text", s)));
    }
    r.indicators().stream()
        .filter(i -> !i.summary().isEmpty())
        .sorted(Comparator.comparing(IndicatorResult::rating))
        .forEach(i -> sentences.add(Map.of("rating", i.rating().word(), "text", i.summary())));
    out.put("sentences", sentences);
    List<Map<String, String>> findings = new ArrayList<>();
    r.findings().stream()
        .sorted(Comparator.comparing(Finding::severity))
        .forEach(
            f -> {
              Map<String, String> m = new LinkedHashMap<>();
              m.put("severity", f.severity().word());
              m.put("code", f.code());
              m.put("message", f.message());
              m.put("sheet", f.sheet());
              m.put("cell", f.cell());
              m.put("where", ResultsPage.where(f.sheet(), f.cell()));
              findings.add(m);
            });
    out.put("findings", findings);
    return JSON.writeValueAsBytes(out);
  }

  private static List<Map<String, String>> counts(List<ResultsPage.Count> counts) {
    List<Map<String, String>> out = new ArrayList<>();
    for (ResultsPage.Count c : counts) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("label", c.label());
      m.put("value", c.value());
      m.put("meaning", c.meaning());
      Rating rating = c.rating();
      if (rating != null) {
        m.put("rating", rating.word());
      }
      out.add(m);
    }
    return out;
  }
}
