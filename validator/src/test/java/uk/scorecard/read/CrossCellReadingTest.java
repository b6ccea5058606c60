package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.Reading;
import uk.scorecard.model.Reading.Figure;
import uk.scorecard.model.Reading.Stated;
import uk.scorecard.model.Unit;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.grid.SavedDate;
import uk.scorecard.read.grid.Sheets;
import uk.scorecard.read.xlsx.XlsxSource;
import uk.scorecard.rules.Rules;

/**
 * What the rules between cells need from the reader: a count written with its percentage in one
 * cell, how far a title is indented, and the day the workbook was last saved; in .xlsx (both
 * readers) and .xls.
 */
class CrossCellReadingTest {

  private static final LocalDate SAVED = LocalDate.of(2019, 8, 12);

  @Test
  void aCountWithItsPercentageKeepsBoth() {
    assertThat(ValueReader.text("9 (3.1%)", null))
        .isEqualTo(
            new Figure(
                BigDecimal.valueOf(9),
                0,
                false,
                false,
                new Stated(BigDecimal.valueOf(9), null, new BigDecimal("3.1"), 1)));
    assertThat(ValueReader.text("50 out of 91, 55%", null))
        .isEqualTo(
            new Figure(
                BigDecimal.valueOf(50),
                0,
                false,
                false,
                new Stated(
                    BigDecimal.valueOf(50), BigDecimal.valueOf(91), BigDecimal.valueOf(55), 0)));
    assertThat(ValueReader.text("55% (50/91)", null))
        .isEqualTo(
            new Figure(
                BigDecimal.valueOf(55),
                0,
                true,
                false,
                new Stated(
                    BigDecimal.valueOf(50), BigDecimal.valueOf(91), BigDecimal.valueOf(55), 0)));
    assertThat(ValueReader.text("1,204 (12.50%)", null).figure().stated())
        .isEqualTo(new Stated(BigDecimal.valueOf(1204), null, new BigDecimal("12.50"), 2));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12 (see note)", "9 (3.1)", "50 out of 91", "(3.1%)", "9 3.1%"})
  void otherTextIsNotACountWithItsPercentage(String text) {
    assertThat(ValueReader.text(text, null)).isInstanceOf(Reading.Other.class);
  }

  @Test
  void aCountWithItsPercentageStandsForThePercentageInAPercentageRow() throws Exception {
    List<IndicatorRow> rows = read(false, false).tables().get(0).rows();
    Figure percent = rows.get(0).figures().get(1).reading().figure();
    Figure count = rows.get(1).figures().get(1).reading().figure();
    assertThat(rows.get(0).unit()).isEqualTo(Unit.PERCENT);
    assertThat(percent.value()).isEqualByComparingTo("3.1");
    assertThat(percent.statedCount()).isEqualByComparingTo("9");
    assertThat(rows.get(1).unit()).isEqualTo(Unit.COUNT);
    assertThat(count.value()).isEqualByComparingTo("9");
    assertThat(count.stated().percent()).isEqualByComparingTo("3.1");
  }

  @Test
  void titlesIndentedByStyleOrBySpacesAndTheSavedDayAreReadFromXlsx() throws Exception {
    ReadWorkbook wb = read(false, true);
    assertThat(wb.tables().get(0).rows()).extracting(IndicatorRow::indent).containsExactly(0, 2, 3);
    assertThat(wb.saved()).isEqualTo(SAVED);
    // POI's package reader, for what the fast one does not take, reads the same.
    Sheets poi = XlsxSource.readWithPoi(bytes(false, true), new Limits());
    assertThat(poi.grids().get(0).indentOf(2, 1)).isEqualTo(2);
    assertThat(poi.saved()).isEqualTo(SAVED);
  }

  @Test
  void titlesIndentedAndTheSavedDayAreReadFromXls() throws Exception {
    ReadWorkbook wb = read(true, true);
    assertThat(wb.format()).isEqualTo(ReadWorkbook.Format.XLS);
    assertThat(wb.tables().get(0).rows()).extracting(IndicatorRow::indent).containsExactly(0, 2, 3);
    assertThat(wb.saved()).isEqualTo(SAVED);
  }

  @Test
  void aWorkbookThatDoesNotSayWhenItWasSavedHasNoSavedDay() throws Exception {
    assertThat(read(false, false).saved()).isNull();
    assertThat(SavedDate.parse("1899-12-31T00:00:00Z")).isNull();
    assertThat(SavedDate.parse("not a date")).isNull();
    assertThat(SavedDate.parse("2019-08-12T23:59:59Z")).isEqualTo(SAVED);
  }

  private static ReadWorkbook read(boolean xls, boolean saved) throws Exception {
    return WorkbookReader.read(bytes(xls, saved), Rules.NONE);
  }

  /** A three-row table: a percentage, a count and a part indented by spaces. */
  private static byte[] bytes(boolean xls, boolean saved) throws Exception {
    try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sh = wb.createSheet("Scorecard");
      row(sh, 0, "Ref", "Indicator", "Unit", "Jun-19", "Jul-19");
      row(sh, 1, "MIS 1", "% of episodes from care", "%", "3.6%", "9 (3.1%)");
      row(sh, 2, "MIS 2", "Episodes from care", "Number", "8", "9 (3.1%)");
      row(sh, 3, "MIS 3", "   of which: placed out of area", "Number", "4", "5");
      CellStyle indented = wb.createCellStyle();
      indented.setIndention((short) 2);
      sh.getRow(2).getCell(1).setCellStyle(indented);
      Date day = Date.from(SAVED.atTime(10, 0).toInstant(ZoneOffset.UTC));
      if (saved && wb instanceof XSSFWorkbook x) {
        x.getProperties().getCoreProperties().setModified(Optional.of(day));
      } else if (saved && wb instanceof HSSFWorkbook h) {
        h.createInformationProperties();
        h.getSummaryInformation().setLastSaveDateTime(day);
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void row(Sheet sh, int r, String... cells) {
    Row row = sh.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }
}
