package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workbook with a part that is not well-formed XML is refused in our one line (or, for a part we
 * never parse, rated as it is), and no XML parser prints its own "[Fatal Error] :1:1294: …" line on
 * the process's stderr (or, in the web service, into its log) on the way.
 */
final class MalformedXmlTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "xl/worksheets/sheet1.xml",
        "xl/sharedStrings.xml",
        "xl/styles.xml",
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml"
      })
  void aDamagedPartIsRefusedWithoutTheParsersOwnLine(String part) throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", damaged(Scorecards.clean(), part));
    PrintStream real = System.err;
    ByteArrayOutputStream stray = new ByteArrayOutputStream();
    Run check;
    Run rate;
    System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
    try {
      check = Run.of("check", in.toString());
      rate = Run.of("rate", in.toString(), "-o", dir.resolve("rated.xlsx").toString());
    } finally {
      System.setErr(real);
    }

    // What the JDK's default error handler prints. (POI's own logging, which would report the
    // same failure, is switched off by both the command line's and the service's main classes.)
    assertThat(stray.toString(StandardCharsets.UTF_8))
        .as("printed past our streams")
        .doesNotContain("[Fatal Error]", "[Error]", "[Warning]");
    for (Run run : new Run[] {check, rate}) {
      assertThat(run.err()).doesNotContain("Fatal Error");
      assertThat(run.out()).doesNotContain("Fatal Error");
      if (run.code() == Cli.UNREADABLE) {
        assertThat(run.outLines().get(0)).contains(": cannot ").doesNotContain("Exception");
      }
    }
  }

  /** The workbook with {@code <<} put in the middle of one part, which no XML parser accepts. */
  private static byte[] damaged(byte[] xlsx, String part) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals(part)) {
          String xml = new String(b, StandardCharsets.UTF_8);
          int mid = xml.indexOf("><", xml.length() / 2) + 1;
          b = (xml.substring(0, mid) + "<<" + xml.substring(mid)).getBytes(StandardCharsets.UTF_8);
          found = true;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(b);
      }
    }
    assertThat(found).as(part + " is in the workbook").isTrue();
    return out.toByteArray();
  }
}
