package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;

/**
 * For every named fixture: rating changes only the parts and cells we meant to, rating the rated
 * workbook changes nothing, and LibreOffice opens the result.
 */
class RoundTripTest {

  /** The options the suite rates with; its Live subclass runs it again with --live. */
  Options options() {
    return Options.DEFAULT;
  }

  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> untouchedPartsAndCellsSurvive() {
    return each(
        (name, original) -> {
          Rated rated = scorecard.rate(new Input(name + ".xlsx", original), options());
          assertThat(
                  PackageComparison.compare(
                      original, rated.bytes(), RatedChanges.mayChange(original, rated.report())))
              .as("parts of %s we did not mean to change", name)
              .isEmpty();
          Touched touched = RatedChanges.cells(original, rated.bytes(), rated.report());
          assertThat(CellComparison.compare(original, rated.bytes(), touched))
              .as("cells of %s we did not mean to change", name)
              .isEmpty();
        });
  }

  @TestFactory
  Stream<DynamicTest> ratingARatedWorkbookChangesNothing() {
    return each(
        (name, original) -> {
          byte[] once = rate(name, original);
          byte[] twice = rate(name, once);
          Map<String, byte[]> a = PackageComparison.parts(once);
          Map<String, byte[]> b = PackageComparison.parts(twice);
          assertThat(b.keySet()).as("parts after a second run").isEqualTo(a.keySet());
          for (String part : a.keySet()) {
            assertThat(b.get(part))
                .as("%s: %s", part, PackageComparison.firstChange(a.get(part), b.get(part)))
                .isEqualTo(a.get(part));
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> libreOfficeOpensTheRatedWorkbook() {
    return each(
        (name, original) -> {
          LibreOffice.requireInstalled();
          LibreOffice.Conversion c = LibreOffice.toPdf(rate(name, original), name + "-rated.xlsx");
          assertThat(c.converted()).as("LibreOffice log: %s", c.log()).isTrue();
        });
  }

  private byte[] rate(String name, byte[] bytes) throws Exception {
    return scorecard.rate(new Input(name + ".xlsx", bytes), options()).bytes();
  }

  private interface Check {
    void run(String name, byte[] original) throws Exception;
  }

  private static Stream<DynamicTest> each(Check check) {
    return Scorecards.all().entrySet().stream()
        .map(
            e -> {
              Supplier<byte[]> fixture = e.getValue();
              return DynamicTest.dynamicTest(
                  e.getKey(), () -> check.run(e.getKey(), fixture.get()));
            });
  }
}
