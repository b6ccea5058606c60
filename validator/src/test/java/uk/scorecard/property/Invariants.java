package uk.scorecard.property;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.property.Spec.Writer;
import uk.scorecard.report.Report;

/**
 * Rates one generated scorecard and checks the five invariants on it, returning what broke (each
 * line led by the invariant's number) rather than throwing, so a failing scorecard can be shrunk.
 */
final class Invariants {

  private static final Scorecard SCORECARD = new Scorecard();

  /** What the checks found: the broken invariants, and the report (null if rating failed). */
  record Outcome(List<String> broken, Report report) {}

  private Invariants() {}

  /** Writes the scorecard, rates it, and checks every invariant. */
  static Outcome check(Spec spec) {
    SpecWorkbook.Built built = SpecWorkbook.build(spec);
    byte[] input =
        spec.layout().shape().writer() == Writer.OPENPYXL
            ? SecondWriter.roundTrip(built.bytes())
            : built.bytes();
    List<String> broken = new ArrayList<>();
    Rated rated = rate(input, "1", broken);
    if (rated == null) {
      return new Outcome(broken, null);
    }
    Report report = rated.report();
    try (Workbook before = open(input);
        Workbook after = open(rated.bytes())) {
      Expected expected = new Expected(built, report);
      Sheet sheet = after.getSheet(built.sheet());
      add("3", expected.unaccounted(), broken);
      add("2", OfficerCells.differences(before, after, expected.owned(), built.sheet()), broken);
      add("2", expected.caveatsKept(sheet), broken);
      add("4", expected.againstOracle(sheet), broken);
    } catch (Exception e) {
      broken.add("1: the rated workbook does not open in POI: " + e);
      return new Outcome(broken, report);
    }
    Rated again = rate(rated.bytes(), "5", broken);
    if (again != null) {
      add(
          "5",
          Parts.differing(rated.bytes(), again.bytes()).stream()
              .map(p -> "rating the rated workbook again changed " + p)
              .toList(),
          broken);
    }
    return new Outcome(broken, report);
  }

  private static Rated rate(byte[] bytes, String invariant, List<String> broken) {
    try {
      return SCORECARD.rate(new Input("generated.xlsx", bytes), Options.DEFAULT);
    } catch (WorkbookRefusedException | RuntimeException e) {
      broken.add(invariant + ": rating was refused or failed: " + e.getMessage());
      return null;
    }
  }

  private static Workbook open(byte[] bytes) throws java.io.IOException {
    return WorkbookFactory.create(new ByteArrayInputStream(bytes));
  }

  private static void add(String invariant, List<String> found, List<String> broken) {
    found.forEach(f -> broken.add(invariant + ": " + f));
  }
}
