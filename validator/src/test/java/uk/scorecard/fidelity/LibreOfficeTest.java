package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves the LibreOffice helper opens our sample workbooks, and says so when a file is not one. */
class LibreOfficeTest {

  @Test
  void convertsTheSampleWorkbooksToPdf() {
    LibreOffice.requireInstalled();
    for (String name : List.of("sample.xlsx", "sample.xls")) {
      byte[] wb = name.endsWith(".xls") ? SampleWorkbook.xls() : SampleWorkbook.xlsx();
      LibreOffice.Conversion c = LibreOffice.toPdf(wb, name);
      assertThat(c.converted()).as("%s: exit %d, log: %s", name, c.exitCode(), c.log()).isTrue();
      assertThat(c.pdf()).hasSizeGreaterThan(1000);
    }
  }

  @Test
  void reportsAFileItCannotConvert() {
    LibreOffice.requireInstalled();
    LibreOffice.Conversion c = LibreOffice.toPdf(new byte[] {'P', 'K', 3, 4, 0, 0}, "broken.xlsx");
    assertThat(c.converted()).as(c.log()).isFalse();
  }

  /**
   * For humans only, so it skips without pdftoppm even in CI (libreoffice-calc does not bring it).
   */
  @Test
  void rendersPagesAsPng(@TempDir Path dir) throws Exception {
    LibreOffice.requireInstalled();
    Assumptions.assumeTrue(
        LibreOffice.canRenderPng(), "pdftoppm missing: apt-get install -y poppler-utils");
    List<Path> pages = LibreOffice.renderPng(SampleWorkbook.xlsx(), "sample.xlsx", dir);
    assertThat(pages).isNotEmpty().allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(100));
    assertThat(pages.get(0).getFileName().toString()).startsWith("sample-").endsWith(".png");
  }
}
