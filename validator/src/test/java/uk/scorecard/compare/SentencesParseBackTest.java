package uk.scorecard.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Scorecard;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * Every exception sentence states only what the figures show: parsed back, each number in it is one
 * the two workbooks show in a cell (read here with POI's own formatter, not our reader), and the
 * rating and latest figure it names are the indicator's.
 */
class SentencesParseBackTest {

  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern HEAD =
      Pattern.compile(
          "^(?<id>[^:]+): (?:moved from \\w+ to (?<to>\\w+)[^:]*|remains (?<remains>\\w+)[^:]*"
              + "|rated (?<rated>\\w+)): (?<latest>[^ ]+) in (?<period>[^ ]+) .*\\.$");
  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> everyNumberInASentenceIsInTheWorkbooks() {
    return MonthPairs.all().entrySet().stream()
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue())));
  }

  private void check(MonthPairs.MonthPair pair) throws Exception {
    Report report =
        scorecard.check(
            new Input("this.xlsx", pair.now()),
            Options.DEFAULT.since(new Input("last.xlsx", pair.last())));
    Set<BigDecimal> shown = numbersShown(pair.last());
    shown.addAll(numbersShown(pair.now()));
    List<String> sentences = report.sentences();
    assertThat(sentences).isNotEmpty();
    for (String s : sentences) {
      Matcher m = NUMBER.matcher(s);
      while (m.find()) {
        assertThat(shown)
            .as("%s in \"%s\"", m.group(), s)
            .contains(new BigDecimal(m.group()).stripTrailingZeros());
      }
    }
    for (IndicatorResult i : report.indicators()) {
      if (i.summary().isEmpty()) {
        continue;
      }
      assertThat(sentences).contains(i.summary());
      Matcher head = HEAD.matcher(i.summary());
      assertThat(head.matches()).as("parses: %s", i.summary()).isTrue();
      assertThat(head.group("id")).isEqualTo(i.id());
      String rating =
          Stream.of(head.group("to"), head.group("remains"), head.group("rated"))
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElseThrow();
      assertThat(rating).isEqualTo(i.rating().word());
      assertThat(i.latest()).isEqualTo(head.group("latest") + " (" + head.group("period") + ")");
    }
  }

  /** Every number any cell shows, as Excel formats it. */
  private static Set<BigDecimal> numbersShown(byte[] workbook) throws Exception {
    Set<BigDecimal> out = new HashSet<>();
    DataFormatter format = new DataFormatter();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            Matcher m = NUMBER.matcher(format.formatCellValue(cell));
            while (m.find()) {
              out.add(new BigDecimal(m.group()).stripTrailingZeros());
            }
          }
        }
      }
    }
    return out;
  }
}
