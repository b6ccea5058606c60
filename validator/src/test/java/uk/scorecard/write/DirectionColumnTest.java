package uk.scorecard.write;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.formula;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.num;
import static uk.scorecard.fixtures.Value.pct;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.Rating;
import uk.scorecard.rules.Rules;
import uk.scorecard.rules.RulesFile;

/**
 * The Direction of travel column of a rated workbook: the arrow and the word through the polarity,
 * empty where there is nothing to compare, never over the officer's own words, the same when a
 * rated workbook is rated again, and in the RAG cell or nowhere when a rules file says so.
 */
class DirectionColumnTest {

  private static final String UP = "\u25b2 improving";
  private static final String DOWN = "\u25bc worsening";
  private static final String SAME = "\u25ba no change";

  private final Scorecard scorecard = new Scorecard();

  /** Five indicators over Jan-20 and Feb-20, one per case; extra header cells after Caveat. */
  private static byte[] book(List<Object> extraHeaders, List<List<Object>> extraCells) {
    List<Object> header =
        new ArrayList<>(
            List.of(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                month(2020, 1),
                month(2020, 2),
                "Target",
                "Tolerance",
                "Change",
                "RAG",
                "Caveat"));
    header.addAll(extraHeaders);
    List<Object[]> rows =
        List.of(
            new Object[] {
              "AMT 2",
              "% of assessments on time",
              "Higher is better",
              "%",
              pct(.88),
              pct(.91),
              pct(.90),
              "5%"
            },
            new Object[] {
              "W 1",
              "Average caseload",
              "Lower is better",
              "Decimal",
              num(17.9, "0.0"),
              num(18.2, "0.0"),
              16,
              "10%"
            },
            new Object[] {
              "LAC 6",
              "% with 3 or more placement moves",
              "Within range",
              "%",
              pct(.14),
              pct(.13),
              "8% to 12%",
              "2pp"
            },
            new Object[] {"CIN 4", "Number of children in need", "Not rated", "Number", 834, 838},
            new Object[] {
              "W 2", "Vacancy rate", "Lower is better", "%", pct(.21), pct(.21), pct(.15), "2pp"
            },
            new Object[] {
              "EH 3",
              "% of early help assessments on time",
              "Higher is better",
              "%",
              null,
              pct(.71),
              pct(.80),
              "10%"
            });
    WorkbookBuilder b = WorkbookBuilder.scorecard().row("Scorecard").blank().row(header.toArray());
    for (int i = 0; i < rows.size(); i++) {
      List<Object> cells = new ArrayList<>(java.util.Arrays.asList(rows.get(i)));
      while (cells.size() < 11) {
        cells.add(null);
      }
      if (i < extraCells.size()) {
        cells.addAll(extraCells.get(i));
      }
      b.row(cells.toArray());
    }
    return b.bytes();
  }

  @Test
  void aColumnBesideTheRatingsShowsBetterOrWorseThroughThePolarity() throws Exception {
    Map<String, String> column =
        column(rate(book(List.of(), List.of()), Rules.NONE), "Direction of travel");
    // Up is better for AMT 2, worse for a caseload; 13% is nearer the 8-12% band than 14%; a
    // count not rated and a first figure have none.
    assertThat(column)
        .containsExactly(
            Map.entry("AMT 2", UP),
            Map.entry("W 1", DOWN),
            Map.entry("LAC 6", UP),
            Map.entry("CIN 4", ""),
            Map.entry("W 2", SAME),
            Map.entry("EH 3", ""));
  }

  @Test
  void anOfficersOwnWordsAndFormulasInTheColumnAreKeptAndOursReplaced() throws Exception {
    byte[] book =
        book(
            List.of("Direction of travel"),
            List.of(
                List.of("see note"),
                List.of(UP),
                List.of(formula("\"up\"", null)),
                List.of(DOWN),
                List.of("\u25b2 Improving"),
                List.of()));
    Map<String, String> column = column(rate(book, Rules.NONE), "Direction of travel");
    // Ours (in either case) is replaced or cleared where there is no direction now.
    assertThat(column)
        .containsExactly(
            Map.entry("AMT 2", "see note"),
            Map.entry("W 1", DOWN),
            Map.entry("LAC 6", "=\"up\""),
            Map.entry("CIN 4", ""),
            Map.entry("W 2", SAME),
            Map.entry("EH 3", ""));
  }

  @Test
  void aRatedWorkbookRatedAgainIsTheSame() throws Exception {
    byte[] once = rate(book(List.of(), List.of()), Rules.NONE);
    byte[] twice = rate(once, Rules.NONE);
    assertThat(all(twice)).isEqualTo(all(once));
    assertThat(headers(twice)).containsOnlyOnce("Direction of travel");
  }

  @Test
  void theRulesFileCanPutTheDirectionInTheRagCellOrNowhere() throws Exception {
    Rules inRag = rules("direction: rag\n");
    byte[] once = rate(book(List.of(), List.of()), inRag);
    assertThat(headers(once)).doesNotContain("Direction of travel");
    Map<String, String> rag = column(once, "RAG");
    assertThat(rag)
        .containsExactly(
            Map.entry("AMT 2", "Green " + UP),
            Map.entry("W 1", "Red " + DOWN),
            Map.entry("LAC 6", "Amber " + UP),
            Map.entry("CIN 4", "Grey"),
            Map.entry("W 2", "Red " + SAME),
            Map.entry("EH 3", "Red"));
    assertThat(Rating.parse("Amber " + DOWN)).isEqualTo(Rating.AMBER);
    // Our own words in the RAG cell are ours again on the next run: nothing doubles.
    assertThat(all(rate(once, inRag))).isEqualTo(all(once));

    byte[] nowhere = rate(book(List.of(), List.of()), rules("direction: none\n"));
    assertThat(headers(nowhere)).doesNotContain("Direction of travel");
    assertThat(column(nowhere, "RAG")).containsEntry("AMT 2", "Green");
  }

  @Test
  void aWorkbooksDirectionColumnIsStillItsPolarity() throws Exception {
    byte[] book =
        WorkbookBuilder.scorecard()
            .row("Ref", "Indicator", "Direction", "Unit", month(2020, 1), month(2020, 2), "Target")
            .row(
                "W 1",
                "Average caseload",
                "Lower is better",
                "Decimal",
                num(17.9, "0.0"),
                num(18.2, "0.0"),
                16)
            .bytes();
    assertThat(column(rate(book, Rules.NONE), "Direction of travel"))
        .containsExactly(Map.entry("W 1", DOWN));
  }

  private static Rules rules(String yaml) throws Exception {
    return RulesFile.parse("r.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] rate(byte[] book, Rules rules) throws Exception {
    return scorecard.rate(new Input("t.xlsx", book), Options.DEFAULT.withRules(rules)).bytes();
  }

  /** The column under a header, by the indicator's ref; a formula as {@code =text}. */
  private static Map<String, String> column(byte[] rated, String header) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      Sheet s = wb.getSheetAt(0);
      int[] at = find(s, header);
      for (int r = at[0] + 1; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        if (row != null && row.getCell(0) != null) {
          out.put(shown(row.getCell(0)), shown(row.getCell(at[1])));
        }
      }
    }
    return out;
  }

  private static int[] find(Sheet s, String header) {
    for (Row row : s) {
      for (Cell c : row) {
        if (shown(c).equals(header)) {
          return new int[] {row.getRowNum(), c.getColumnIndex()};
        }
      }
    }
    throw new AssertionError("no column headed " + header);
  }

  private static List<String> headers(byte[] rated) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      Row h = wb.getSheetAt(0).getRow(find(wb.getSheetAt(0), "Ref")[0]);
      List<String> out = new ArrayList<>();
      h.forEach(c -> out.add(shown(c)));
      return out;
    }
  }

  /** Every cell of the scorecard sheet as shown, row by row. */
  private static List<String> all(byte[] rated) throws Exception {
    List<String> out = new ArrayList<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated))) {
      for (Row row : wb.getSheetAt(0)) {
        row.forEach(c -> out.add(c.getAddress() + "=" + shown(c)));
      }
    }
    return out;
  }

  private static String shown(Cell c) {
    if (c == null) {
      return "";
    }
    return c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
        ? "=" + c.getCellFormula()
        : new DataFormatter(java.util.Locale.UK).formatCellValue(c);
  }
}
