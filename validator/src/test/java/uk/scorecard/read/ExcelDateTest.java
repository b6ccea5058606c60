package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Our serial-to-day conversion gives the day POI's DateUtil gives, in both date systems. */
class ExcelDateTest {

  @ParameterizedTest(name = "{0} in 1900 is {1}, in 1904 {2}")
  @CsvSource({
    "1,             1900-01-01, 1904-01-02",
    "59,            1900-02-28, 1904-02-29",
    "60,            1900-03-01, 1904-03-01",
    "61,            1900-03-01, 1904-03-02",
    "43646,         2019-06-30, 2023-07-01",
    "43646.5,       2019-06-30, 2023-07-01",
    "43646.999999999, 2019-07-01, 2023-07-02",
    "43646.9999999, 2019-06-30, 2023-07-01",
  })
  void namesTheDay(double serial, LocalDate in1900, LocalDate in1904) {
    assertThat(ExcelDate.of(serial, false)).isEqualTo(in1900);
    assertThat(ExcelDate.of(serial, true)).isEqualTo(in1904);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(doubles = {-1, -0.5, Double.NaN, Double.POSITIVE_INFINITY, 2_958_466, 1e12})
  void aSerialExcelCannotShowIsNoDate(double serial) {
    assertThat(ExcelDate.of(serial, false)).isNull();
    assertThat(ExcelDate.of(serial, true)).isNull();
  }

  @ParameterizedTest(name = "1904 system: {0}")
  @ValueSource(booleans = {false, true})
  void agreesWithPoi(boolean date1904) {
    Random random = new Random(1904);
    for (int i = 0; i < 20_000; i++) {
      double serial = i < 200 ? i + (i % 3) * 0.4999999999 : random.nextDouble() * 120_000;
      LocalDate poi = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
      assertThat(ExcelDate.of(serial, date1904)).as("serial %s", serial).isEqualTo(poi);
    }
  }
}
