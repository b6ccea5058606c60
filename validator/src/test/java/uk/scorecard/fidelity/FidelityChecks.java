package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.scorecard.Rated;

/** The checks every rated workbook must pass, for a file from the corpus or a fixture. */
final class FidelityChecks {

  private final String name;
  private final byte[] original;
  private final Rated rated;
  private final boolean ole;

  FidelityChecks(String name, byte[] original, Rated rated) {
    this.name = name;
    this.original = original;
    this.rated = rated;
    this.ole = OleComparison.isOle(original);
  }

  /** Every check, given the bytes of the rated workbook rated again. */
  void all(byte[] twice) {
    formatKept();
    partsKept();
    cellsKept();
    secondRunChangesNothing(twice);
    opensInLibreOffice();
  }

  void formatKept() {
    String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase();
    assertThat(rated.format().extension()).as("format of %s", name).isEqualTo(ext);
    assertThat(OleComparison.isOle(rated.bytes())).as("container of %s", name).isEqualTo(ole);
  }

  void partsKept() {
    if (ole) {
      assertThat(OleComparison.compare(original, rated.bytes()))
          .as("streams of %s other than the workbook", name)
          .isEmpty();
      return;
    }
    List<Difference> diffs =
        new ArrayList<>(
            PackageComparison.compare(
                original, rated.bytes(), RatedChanges.mayChange(original, rated.report())));
    assertThat(diffs).as("parts of %s we did not mean to change", name).isEmpty();
    Map<String, byte[]> before = PackageComparison.parts(original);
    before.keySet().stream()
        .filter(p -> p.endsWith("vbaProject.bin"))
        .forEach(
            p ->
                assertThat(PackageComparison.parts(rated.bytes()).get(p))
                    .as("%s in %s", p, name)
                    .isEqualTo(before.get(p)));
  }

  void cellsKept() {
    Touched touched = RatedChanges.cells(original, rated.bytes(), rated.report());
    assertThat(CellComparison.compare(original, rated.bytes(), touched))
        .as("cells of %s we did not mean to change", name)
        .isEmpty();
  }

  void secondRunChangesNothing(byte[] twice) {
    if (ole) {
      assertThat(CellComparison.compare(rated.bytes(), twice, Touched.nothing()))
          .as("a second run over %s", name)
          .isEmpty();
      assertThat(OleComparison.sheetCount(twice))
          .isEqualTo(OleComparison.sheetCount(rated.bytes()));
      return;
    }
    Map<String, byte[]> a = PackageComparison.parts(rated.bytes());
    Map<String, byte[]> b = PackageComparison.parts(twice);
    assertThat(b.keySet()).as("parts after a second run over %s", name).isEqualTo(a.keySet());
    for (String part : a.keySet()) {
      assertThat(b.get(part))
          .as(
              "%s after a second run over %s: %s",
              part, name, PackageComparison.firstChange(a.get(part), b.get(part)))
          .isEqualTo(a.get(part));
    }
  }

  void opensInLibreOffice() {
    LibreOffice.requireInstalled();
    String file = name.replaceAll("^.*/", "").replaceFirst("(\\.[^.]+)$", "-rated$1");
    LibreOffice.Conversion c = LibreOffice.toPdf(rated.bytes(), file);
    assertThat(c.converted()).as("LibreOffice converts %s; log: %s", name, c.log()).isTrue();
  }
}
