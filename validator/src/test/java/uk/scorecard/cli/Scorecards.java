package uk.scorecard.cli;

import static uk.scorecard.fixtures.Value.month;
import static uk.scorecard.fixtures.Value.pct;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import uk.scorecard.fixtures.WorkbookBuilder;

/**
 * The workbooks the command-line tests check, written into a folder: a clean scorecard, one with an
 * impossible percentage (an error), one with a number stored as text (a warning), bytes that are no
 * workbook, and an Excel lock file.
 */
final class Scorecards {

  private Scorecards() {}

  /** A scorecard with nothing wrong: 84% to 88% against 90% with 5pp tolerance (Amber). */
  static byte[] clean() {
    return scorecard(pct(0.88)).bytes();
  }

  /** The clean scorecard with its Target cell blank: Grey unless a rules file gives a target. */
  static byte[] noTarget() {
    return scorecard(pct(0.88), null).bytes();
  }

  /** A scorecard whose latest figure is 112%: the checks report an error at {@code L3}. */
  static byte[] impossible() {
    return scorecard(pct(1.12)).bytes();
  }

  /** A scorecard whose latest figure is the text "87%": the checks report a warning at L3. */
  static byte[] textNumber() {
    return scorecard("87%").bytes();
  }

  /** Bytes that are no spreadsheet at all. */
  static byte[] garbage() {
    byte[] b = new byte[2048];
    new Random(7).nextBytes(b);
    return b;
  }

  /** What Excel leaves beside an open workbook: a tiny owner file, not a workbook. */
  static byte[] lockFile() {
    return new byte[] {5, 'o', 'f', 'f', 'i', 'c', 'e', 'r', 0, 0};
  }

  /** Writes bytes to a file under a folder, creating folders on the way; returns the file. */
  static Path put(Path dir, String relative, byte[] bytes) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static WorkbookBuilder scorecard(Object latest) {
    return scorecard(latest, pct(0.9));
  }

  private static WorkbookBuilder scorecard(Object latest, Object target) {
    WorkbookBuilder b =
        WorkbookBuilder.scorecard()
            .row("Children's services scorecard")
            .row(
                "Ref",
                "Indicator",
                "Polarity",
                "Unit",
                month(2018, 11),
                month(2018, 12),
                month(2019, 1),
                month(2019, 2),
                month(2019, 3),
                month(2019, 4),
                month(2019, 5),
                month(2019, 6),
                "Target",
                "Tolerance",
                "Change",
                "RAG",
                "Caveat");
    return b.row(
        "CIN 1",
        "Assessments completed within 45 days",
        "Higher is better",
        "%",
        pct(0.84),
        pct(0.86),
        pct(0.85),
        pct(0.87),
        pct(0.86),
        pct(0.88),
        pct(0.87),
        latest,
        target,
        "5pp");
  }
}
