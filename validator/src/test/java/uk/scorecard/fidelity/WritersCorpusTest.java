package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.IndicatorResult;

/**
 * Rates the same small scorecard as written by each tool councils' workbooks come from
 * (src/test/resources/writers: openpyxl, XlsxWriter, ExcelJS, SheetJS, LibreOffice and POI; Excel
 * itself is covered by CorpusFidelityTest) and proves nothing of the officer's was lost: the
 * fidelity checks pass, every officer's note is still there, both indicator tables are read, and
 * each indicator is rated as the README's rules say whoever wrote the file.
 */
class WritersCorpusTest {

  /** The options the suite rates with; its Live subclass runs it again with --live. */
  Options options() {
    return Options.DEFAULT;
  }

  static final List<String> WRITERS =
      List.of("openpyxl", "xlsxwriter", "exceljs", "sheetjs", "libreoffice", "poi");

  /**
   * Change and RAG of each indicator in content.json, worked out by hand from the README's rules
   * (latest figure against target and tolerance; % in points). On Detail the % under each period is
   * the figure and Number only its numerator.
   */
  static final Map<String, String> EXPECTED =
      expected(
          "FD 7", "Amber Up 3pp", // 88% v 95%, tolerance 10% of target: Amber from 85.5%
          "AMT 2", "Amber", // June TBC: May's 92% v 95%, 5pp: Amber from 90%; no change
          "CIN 4", "Green Down 1pp", // lower is better: 21% v 22%
          "CP 11", "Red Up 2", // lower: 7 v 4, tolerance 10% of 4: Amber up to 4.4
          "LAC 3", "Amber Up 2pp", // lower: 11% v 10%, 2pp: Amber up to 12%
          "W1", "Amber Up 1.8", // an average, lower: 21.0 v 20, 10%: Amber up to 22
          "CIN 7", "Green Up 4pp", // 94% v 90%
          "CP 2", "Amber Up 3pp", // 91% v 95%, default tolerance 5% of target: Amber from 90.25%
          "LAC 9", "Red Down 5pp"); // 55% v 60%, Amber from 57%

  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> everyWritersWorkbookKeepsWhatWeDidNotMeanToChange() {
    return each(
        w -> {
          byte[] original = read(w);
          Rated rated = rate(w, original);
          new FidelityChecks(w, original, rated).all(rate(w, rated.bytes()).bytes());
        });
  }

  @TestFactory
  Stream<DynamicTest> everyOfficersNoteIsStillThere() {
    return each(
        w -> {
          byte[] original = read(w);
          Map<String, String> before = notes(original);
          assertThat(before).as("officer notes in %s", w).hasSizeGreaterThanOrEqualTo(2);
          Map<String, String> after = notes(rate(w, original).bytes());
          List<String> lost = new ArrayList<>();
          before.forEach(
              (at, text) -> {
                String now = after.get(at);
                if (now == null || !now.contains(text)) {
                  lost.add(
                      at + " '" + text + "' is now " + (now == null ? "gone" : "'" + now + "'"));
                }
              });
          assertThat(lost).as("officer notes lost from %s", w).isEmpty();
        });
  }

  @TestFactory
  Stream<DynamicTest> bothIndicatorTablesAreRead() {
    return each(
        w -> {
          Map<String, Long> bySheet =
              rate(w, read(w)).report().indicators().stream()
                  .collect(
                      Collectors.groupingBy(
                          IndicatorResult::sheet, LinkedHashMap::new, Collectors.counting()));
          assertThat(bySheet)
              .as("indicators read from %s, by sheet", w)
              .containsExactlyInAnyOrderEntriesOf(Map.of("Scorecard", 6L, "Detail", 3L));
        });
  }

  @TestFactory
  Stream<DynamicTest> everyIndicatorIsRatedAsTheRulesSay() {
    return each(
        w -> {
          Map<String, String> got =
              rate(w, read(w)).report().indicators().stream()
                  .collect(
                      Collectors.toMap(
                          IndicatorResult::id,
                          WritersCorpusTest::ratingAndChange,
                          (a, b) -> a + " and " + b,
                          LinkedHashMap::new));
          assertThat(got)
              .as("rating and change of each indicator in %s", w)
              .containsExactlyInAnyOrderEntriesOf(EXPECTED);
        });
  }

  private static String ratingAndChange(IndicatorResult i) {
    String change = Objects.toString(i.change(), "");
    return i.rating().word() + (change.isEmpty() ? "" : " " + change);
  }

  private Stream<DynamicTest> each(ThrowingCheck check) {
    return WRITERS.stream()
        .map(w -> DynamicTest.dynamicTest(w + ".xlsx", () -> check.run(w + ".xlsx")));
  }

  /** A check of one writer's file. */
  @FunctionalInterface
  interface ThrowingCheck {
    void run(String file) throws Exception;
  }

  private Rated rate(String name, byte[] bytes) throws WorkbookRefusedException {
    return scorecard.rate(new Input(name, bytes), options());
  }

  private static byte[] read(String file) {
    try (InputStream in = WritersCorpusTest.class.getResourceAsStream("/writers/" + file)) {
      assertThat(in).as("writers corpus file %s (run make.sh there)", file).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every cell note as POI reads it, by "Sheet!A1", to its text. */
  static Map<String, String> notes(byte[] workbook) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      for (Sheet s : wb) {
        Map<String, Comment> bySheet = new LinkedHashMap<>();
        s.getCellComments().forEach((at, c) -> bySheet.put(at.formatAsString(), c));
        bySheet.forEach((at, c) -> out.put(s.getSheetName() + "!" + at, c.getString().getString()));
      }
    }
    return out;
  }

  private static Map<String, String> expected(String... idThenRating) {
    return Stream.iterate(0, i -> i < idThenRating.length, i -> i + 2)
        .collect(
            Collectors.toMap(
                i -> idThenRating[i], i -> idThenRating[i + 1], (a, b) -> a, LinkedHashMap::new));
  }
}
