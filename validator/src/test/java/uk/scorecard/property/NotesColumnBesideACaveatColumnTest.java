package uk.scorecard.property;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.WorkbookBuilder;

/**
 * Found by RatingPropertyTest (invariant 2): a table with a Notes column the officer keeps and a
 * Caveat column has its caveats written into the Notes column, the first column whose header names
 * a caveat, so the officer's notes change and the Caveat column stays empty.
 */
class NotesColumnBesideACaveatColumnTest {

  @Test
  void caveatsGoInTheCaveatColumnNotTheOfficersNotes() throws Exception {
    byte[] book =
        WorkbookBuilder.scorecard()
            .row(
                "Ref",
                "Indicator",
                "Notes",
                "Polarity",
                month(2019, 6),
                month(2019, 7),
                "Target",
                "Caveat")
            .row(
                "FD 1",
                "% of contacts with a decision",
                "Data from the case system",
                "Higher is better",
                pct(0.8),
                pct(0.85))
            .bytes();
    Rated rated = new Scorecard().rate(new Input("notes.xlsx", book), Options.DEFAULT);
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(rated.bytes()))) {
      Sheet s = wb.getSheet("Scorecard");
      // No target, so rating says so in a caveat: in H2, under Caveat, not in C2, under Notes.
      assertThat(Expected.text(s, 1, 2)).isEqualTo("Data from the case system");
      assertThat(Expected.text(s, 1, 7)).isEqualTo("Auto: Not rated: no target");
    }
  }
}
