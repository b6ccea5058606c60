package uk.scorecard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.scorecard.compare.Comparison;
import uk.scorecard.compare.Difference;
import uk.scorecard.compare.Kind;
import uk.scorecard.compare.Sentences;

/**
 * A comparison of two months as text (a line per change, keyed by indicator, then the exception
 * report), as JSON ({@code {"last","this","since","changes":[...],"summary":[...]}}) and as the
 * Markdown block an officer pastes into a committee paper.
 */
public final class CompareReport {

  private static final ObjectMapper MAPPER = JsonText.mapper();

  private CompareReport() {}

  /** The text form: the changes, a count, then the exception report. */
  public static void text(Comparison c, PrintWriter out) {
    out.println(TerminalText.line("Comparing " + c.lastName() + " with " + c.thisName()));
    for (Difference d : c.changes()) {
      out.println(
          TerminalText.line((d.kind().warning() ? "warning: " : "") + d.sheet() + " " + d.line()));
    }
    out.println(TerminalText.line(count(c)));
    out.println();
    out.println("Exception report:");
    Sentences.report(c).forEach(s -> out.println(TerminalText.line(s)));
    out.flush();
  }

  /** The closing count: indicators compared, by kind of change, and the warnings. */
  public static String count(Comparison c) {
    long changed =
        c.pairs().stream()
            .filter(p -> p.last() != null && p.now() != null && !p.has(Kind.NO_CHANGE))
            .count();
    return n(c.pairs().size(), "indicator", "indicators")
        + " compared: "
        + c.count(Kind.NEW)
        + " new, "
        + c.count(Kind.REMOVED)
        + " removed, "
        + changed
        + " changed, "
        + c.count(Kind.NO_CHANGE)
        + " unchanged; "
        + n(c.count(Kind.RATING_CHANGED), "rating", "ratings")
        + " changed, "
        + n(c.warnings().size(), "warning", "warnings")
        + " (past figures restated or withdrawn)";
  }

  private static String n(long count, String one, String many) {
    return count + " " + (count == 1 ? one : many);
  }

  /** The JSON form. */
  public static void json(Comparison c, Writer out) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("last", c.lastName());
    m.put("this", c.thisName());
    m.put("since", c.lastPeriod());
    m.put("changes", changes(c));
    m.put("summary", Sentences.report(c));
    MAPPER.writeValue(out, m);
  }

  /** The changes as JSON objects: kind, severity, sheet, id, title, period, was, now, message. */
  static List<Map<String, Object>> changes(Comparison c) {
    return c.differences().stream().map(CompareReport::change).toList();
  }

  private static Map<String, Object> change(Difference d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", d.kind().code());
    m.put("severity", d.kind().warning() ? "warning" : "info");
    m.put("sheet", d.sheet());
    m.put("id", d.id());
    m.put("title", d.title());
    m.put("period", d.period());
    m.put("was", d.was());
    m.put("now", d.now());
    m.put("message", d.line());
    return m;
  }

  /**
   * The exception report as a Markdown block: a bold title line (not a # heading, so no line of a
   * report starts like a CI runner's ## command), then one bullet per sentence.
   */
  public static void markdown(String heading, List<String> sentences, PrintWriter out) {
    out.println("**" + Markdown.escape(heading) + "**");
    out.println();
    if (sentences.isEmpty()) {
      out.println("No indicator is rated Red or Amber.");
    }
    for (String s : sentences) {
      out.println("- " + Markdown.escape(s));
    }
    out.println();
    out.flush();
  }
}
