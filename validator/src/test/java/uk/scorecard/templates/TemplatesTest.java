package uk.scorecard.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed templates and sample open, match what TemplateBuilder builds, and keep shape. */
final class TemplatesTest {
  private static final List<String> BEFORE = List.of("Ref", "Indicator", "Polarity", "Unit");
  private static final List<String> AFTER =
      List.of("Target", "Tolerance", "Numerator", "Denominator", "Change", "RAG", "Caveat");
  private static final List<String> QUARTERS =
      List.of("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25");

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of(TemplateBuilder.MONTHLY, (Supplier<XSSFWorkbook>) TemplateBuilder::monthly),
        Arguments.of(
            TemplateBuilder.QUARTERLY, (Supplier<XSSFWorkbook>) TemplateBuilder::quarterly),
        Arguments.of(TemplateBuilder.SAMPLE, (Supplier<XSSFWorkbook>) TemplateBuilder::sample));
  }

  @ParameterizedTest(name = "{0} is committed and matches TemplateBuilder")
  @MethodSource("files")
  void committedFileMatchesTheBuilder(String name, Supplier<XSSFWorkbook> build)
      throws IOException {
    try (XSSFWorkbook committed = open(name);
        XSSFWorkbook built = build.get()) {
      assertThat(
              WorkbookSnapshot.differences(
                  WorkbookSnapshot.of(committed), WorkbookSnapshot.of(built)))
          .as(
              "%s differs from TemplateBuilder: regenerate it (see workbook-templates/README.md)",
              name)
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} has frozen panes, Polarity and Unit dropdowns, an About sheet")
  @ValueSource(
      strings = {TemplateBuilder.MONTHLY, TemplateBuilder.QUARTERLY, TemplateBuilder.SAMPLE})
  void dropdownsAndAbout(String name) throws IOException {
    try (XSSFWorkbook wb = open(name)) {
      Sheet sheet = wb.getSheet("Scorecard");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
      assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
      assertThat(listOn(sheet, 2))
          .containsExactly("Higher is better", "Lower is better", "Within range", "Not rated");
      assertThat(listOn(sheet, 3)).containsExactly("%", "Number", "Decimal");
      String about = allText(wb.getSheet("About"));
      List<String> explained = new ArrayList<>();
      wb.getSheet("About")
          .forEach(row -> explained.add(row.getCell(0) == null ? "" : row.getCell(0).toString()));
      assertThat(explained).containsAll(expected(List.of("Periods")));
      assertThat(about)
          .contains("Q1 2024/25", "10%", "5pp", "TBC", "N/A", "suppressed", "never overwrites");
    }
  }

  @Test
  void monthlyHeadersAreRealDatesOnRowThree() throws IOException {
    try (XSSFWorkbook wb = open(TemplateBuilder.MONTHLY)) {
      Row header = wb.getSheet("Scorecard").getRow(2);
      assertThat(headers(header))
          .containsExactlyElementsOf(
              expected(List.of("Oct-24", "Nov-24", "Dec-24", "Jan-25", "Feb-25", "Mar-25")));
      for (int c = 4; c < 10; c++) {
        Cell cell = header.getCell(c);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("mmm-yy");
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(LocalDate.of(2024, 10, 1).plusMonths(c - 4));
      }
    }
  }

  @Test
  void quarterlyHeadersAreTextOnRowThree() throws IOException {
    try (XSSFWorkbook wb = open(TemplateBuilder.QUARTERLY)) {
      Row header = wb.getSheet("Scorecard").getRow(2);
      assertThat(headers(header)).containsExactlyElementsOf(expected(QUARTERS));
      assertThat(header.getCell(4).getCellType()).isEqualTo(CellType.STRING);
    }
  }

  @Test
  void sampleHasThirteenMonthsAndExactlyOneImpossibleValue() throws IOException {
    try (XSSFWorkbook wb = open(TemplateBuilder.SAMPLE)) {
      Sheet sheet = wb.getSheet("Scorecard");
      Row header = sheet.getRow(2);
      assertThat(header.getCell(4).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 3, 1));
      assertThat(header.getCell(16).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2025, 3, 1));
      assertThat(header.getCell(17).getStringCellValue()).isEqualTo("Target");
      assertThat(ImpossibleValues.in(sheet, 13))
          .containsExactly("LAC 15 Aug-24: 112% is not a possible percentage");
    }
  }

  @ParameterizedTest(name = "{0} has no impossible values")
  @ValueSource(strings = {TemplateBuilder.MONTHLY, TemplateBuilder.QUARTERLY})
  void templatesHaveNoImpossibleValues(String name) throws IOException {
    try (XSSFWorkbook wb = open(name)) {
      Sheet sheet = wb.getSheet("Scorecard");
      int periods = headers(sheet.getRow(2)).size() - BEFORE.size() - AFTER.size();
      assertThat(ImpossibleValues.in(sheet, periods)).isEmpty();
    }
  }

  private static List<String> expected(List<String> periods) {
    List<String> all = new ArrayList<>(BEFORE);
    all.addAll(periods);
    all.addAll(AFTER);
    return all;
  }

  /** Header texts as shown, from column A; dates shown in their mmm-yy format. */
  private static List<String> headers(Row header) {
    DataFormatter shown = new DataFormatter();
    List<String> names = new ArrayList<>();
    header.forEach(cell -> names.add(shown.formatCellValue(cell)));
    return names;
  }

  /** The list of the validation covering the given column from row 4 to at least row 100. */
  private static List<String> listOn(Sheet sheet, int col) {
    for (DataValidation v : sheet.getDataValidations()) {
      for (CellRangeAddress range : v.getRegions().getCellRangeAddresses()) {
        if (range.getFirstColumn() <= col
            && col <= range.getLastColumn()
            && range.getFirstRow() == 3
            && range.getLastRow() >= 99) {
          return List.of(v.getValidationConstraint().getExplicitListValues());
        }
      }
    }
    return List.of();
  }

  private static String allText(Sheet sheet) {
    StringBuilder text = new StringBuilder();
    sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('\n')));
    return text.toString();
  }

  private static XSSFWorkbook open(String name) throws IOException {
    Path file = templatesDir().resolve(name);
    assertThat(file).as("committed %s", name).isRegularFile();
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  static Path templatesDir() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("workbook-templates"))) {
      dir = dir.getParent();
    }
    assertThat(dir)
        .as("a workbook-templates folder above %s", Path.of("").toAbsolutePath())
        .isNotNull();
    return dir.resolve("workbook-templates");
  }
}
