package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.model.ReadWorkbook.Format;

/** An .xls comes back as .xls, and an .xlsm as .xlsm with its macros byte for byte. */
class LegacyFormatsTest {

  private static final String VBA = "xl/vbaProject.bin";
  private final Scorecard scorecard = new Scorecard();

  @Test
  void xlsStaysXlsAndKeepsEverythingElse() throws Exception {
    byte[] original = LegacyCopy.toXls(Scorecards.monthly());
    Rated rated = rate("monthly.xls", original);
    assertThat(rated.format()).isEqualTo(Format.XLS);
    assertThat(rated.fileName("monthly.xls")).isEqualTo("monthly-rated.xls");
    new FidelityChecks("monthly.xls", original, rated)
        .all(rate("monthly.xls", rated.bytes()).bytes());
  }

  @Test
  void xlsmStaysXlsmWithItsMacrosByteIdentical() throws Exception {
    byte[] original = withMacros(Scorecards.monthly());
    Rated rated = rate("monthly.xlsm", original);
    assertThat(rated.format()).isEqualTo(Format.XLSM);
    Map<String, byte[]> parts = PackageComparison.parts(rated.bytes());
    assertThat(parts.get(VBA)).isEqualTo(PackageComparison.parts(original).get(VBA));
    assertThat(new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8))
        .contains("macroEnabled.main+xml");
    new FidelityChecks("monthly.xlsm", original, rated)
        .all(rate("monthly.xlsm", rated.bytes()).bytes());
  }

  private Rated rate(String name, byte[] bytes) throws Exception {
    return scorecard.rate(new Input(name, bytes), Options.DEFAULT);
  }

  /** The workbook as macro-enabled, with a VBA project part (opaque bytes, as Excel keeps it). */
  static byte[] withMacros(byte[] xlsx) {
    byte[] vba = new byte[3000];
    for (int i = 0; i < vba.length; i++) {
      vba[i] = (byte) (i * 31 + 7);
    }
    return Zips.edit(
        xlsx,
        parts -> {
          parts.put(VBA, vba);
          String types =
              new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                  .replace("spreadsheetml.sheet.main+xml", "PLACEHOLDER")
                  .replace(
                      "application/vnd.openxmlformats-officedocument.PLACEHOLDER",
                      "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                  .replace(
                      "</Types>",
                      "<Default Extension=\"bin\" ContentType=\"application/"
                          + "vnd.ms-office.vbaProject\"/></Types>");
          parts.put("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8));
          String rels =
              new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                  .replace(
                      "</Relationships>",
                      "<Relationship Id=\"rIdVba\" Type=\"http://schemas."
                          + "microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
                          + "</Relationships>");
          parts.put("xl/_rels/workbook.xml.rels", rels.getBytes(StandardCharsets.UTF_8));
        });
  }
}
