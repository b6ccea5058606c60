package uk.scorecard.read.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Our date-format test says what POI's DateUtil.isADateFormat says, for any format. */
class DateFormatsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mmm-yy                  | true",
        "dd/mm/yyyy              | true",
        "[$-809]mmm\\-yy         | true",
        "[h]:mm                  | true",
        "d-mmm-yy;[Red]d-mmm-yy  | true",
        "yyyy\"年\"m\"月\"        | true",
        "0.0%                    | false",
        "#,##0                   | false",
        "General                 | false",
        "\"Month \"0             | false",
      })
  void tellsADateFormat(String code, boolean date) {
    assertThat(DateFormats.isDate(164, code)).isEqualTo(date);
  }

  @Test
  void agreesWithPoiOnEveryBuiltInFormat() {
    for (int id = 0; id < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX; id++) {
      String code = BuiltinFormats.getBuiltinFormat(id);
      assertThat(DateFormats.isDate(id, code))
          .as("%d %s", id, code)
          .isEqualTo(DateUtil.isADateFormat(id, code));
    }
  }

  @Test
  void agreesWithPoiOnMadeUpFormats() {
    String alphabet = "yYmMdDhHsS-/\\,. :;@[]$0#%\"AMPamp年月日TEGnrl1239Red";
    Random random = new Random(164);
    List<String> codes =
        new ArrayList<>(
            List.of(
                "[DBNum1]yyyy/m/d",
                "[$-F800]dddd, mmmm dd, yyyy",
                "[s]",
                "mm:ss.0",
                "yyyy-mm-ddThh:mm",
                "m/d/yy h:mm AM/PM",
                ";@",
                "dd\\ mm",
                "[Blue]yy"));
    for (int i = 0; i < 50_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int n = 1 + random.nextInt(12); n > 0; n--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      codes.add(sb.toString());
    }
    for (String code : codes) {
      assertThat(DateFormats.isDate(200, code))
          .as(code)
          .isEqualTo(DateUtil.isADateFormat(200, code));
    }
  }
}
