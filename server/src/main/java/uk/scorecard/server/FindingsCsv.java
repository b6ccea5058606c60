package uk.scorecard.server;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Finding;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * The findings of an upload's workbooks as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel
 * reads it as UTF-8): one row per finding, naming its workbook and indicator. A cell that would
 * start a formula in a spreadsheet ({@code = + - @}, tab or carriage return) is prefixed with a
 * quote, so opening the file runs nothing a workbook's text put there.
 */
final class FindingsCsv {
  private FindingsCsv() {}

  /** The header row's names. */
  static final List<String> HEADINGS =
      List.of("Workbook", "Indicator", "Sheet", "Cell", "Type", "Check", "What we found");

  /** The CSV of every kept workbook's findings; a refused workbook is one row saying why. */
  static String of(List<Kept.Item> items) {
    StringBuilder b = new StringBuilder("\uFEFF");
    row(b, HEADINGS);
    for (Kept.Item item : items) {
      Report r = item.report();
      if (r == null) {
        row(
            b,
            List.of(item.name(), "", "", "", "Error", "refused", String.valueOf(item.refused())));
        continue;
      }
      List<@Nullable IndicatorResult> on = Listing.indicators(r);
      for (int n = 0; n < r.findings().size(); n++) {
        Finding f = r.findings().get(n);
        IndicatorResult i = on.get(n);
        row(
            b,
            List.of(
                item.name(),
                i == null ? "" : ResultsPage.name(i),
                f.sheet(),
                f.cell(),
                word(f),
                f.code(),
                f.message()));
      }
    }
    return b.toString();
  }

  private static String word(Finding f) {
    return switch (f.severity()) {
      case ERROR -> "Error";
      case WARNING -> "Warning";
      case INFO -> "Information";
    };
  }

  private static void row(StringBuilder b, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      b.append(c == 0 ? "" : ",").append(cell(cells.get(c)));
    }
    b.append("\r\n");
  }

  /** One cell, defused and quoted: {@code =1+1} becomes {@code "'=1+1"}. */
  static String cell(String text) {
    String t = text == null ? "" : text;
    if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    return "\"" + t.replace("\"", "\"\"") + "\"";
  }
}
