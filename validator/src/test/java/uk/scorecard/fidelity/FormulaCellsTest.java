package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;

/**
 * Rating over formula cells: a formula in a Change, RAG or Caveat cell is the officer's, so it is
 * kept as it is (with the calculation chain) and what we would have written is said where its value
 * differs; a formula elsewhere on a rated row is untouched.
 */
class FormulaCellsTest {

  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final String CHAIN = RatedChanges.CALC_CHAIN;

  private final Scorecard scorecard = new Scorecard();

  @Test
  void anOfficersFormulasInRagAndCaveatAreKeptWithTheCalcChain() throws Exception {
    // K is RAG and L is Caveat, M is past the table: one shared formula group K2:M3.
    String row2 =
        "<c r=\"K2\" t=\"str\"><f t=\"shared\" ref=\"K2:M3\" si=\"0\">"
            + "IF(G2&gt;H2,\"Red\",\"Green\")</f><v>Red</v></c>"
            + member("L2")
            + member("M2");
    String row3 = member("K3") + member("L3") + member("M3");
    byte[] original =
        withCalcChain(
            withCells(Scorecards.quarterly(), row2, row3), "K2", "L2", "M2", "K3", "L3", "M3");
    Rated rated = rate(original);

    Map<String, byte[]> parts = PackageComparison.parts(rated.bytes());
    assertThat(parts.get(CHAIN)).isEqualTo(PackageComparison.parts(original).get(CHAIN));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(rated.bytes()))) {
      Sheet s = wb.getSheetAt(0);
      for (int row = 1; row <= 2; row++) {
        for (int col = 10; col <= 12; col++) {
          assertThat(s.getRow(row).getCell(col).getCellType())
              .as("row %s col %s", row, col)
              .isEqualTo(CellType.FORMULA);
        }
      }
      assertThat(s.getRow(1).getCell(10).getCellFormula()).isEqualTo("IF(G2>H2,\"Red\",\"Green\")");
      assertThat(s.getRow(2).getCell(12).getCellFormula()).isEqualTo("IF(I3>J3,\"Red\",\"Green\")");
    }
    // NI 62 is 12% against 10% with 2pp: Amber, where the officer's formula says Red.
    assertThat(rated.report().findings())
        .filteredOn(f -> f.cell().equals("K2"))
        .extracting(f -> f.code())
        .containsExactly("rag-disagrees");
    new FidelityChecks("shared-formula.xlsx", original, rated).all(rate(rated.bytes()).bytes());
  }

  @Test
  void theCalcChainStaysWhenNoFormulaIsOverwritten() throws Exception {
    byte[] original =
        withCalcChain(
            withCells(Scorecards.quarterly(), "<c r=\"M2\"><f>1+1</f><v>2</v></c>", ""), "M2");
    Rated rated = rate(original);
    Map<String, byte[]> parts = PackageComparison.parts(rated.bytes());
    assertThat(parts.get(CHAIN)).isEqualTo(PackageComparison.parts(original).get(CHAIN));
    assertThat(text(parts, "xl/_rels/workbook.xml.rels")).contains("calcChain.xml");
    assertThat(new String(parts.get(SHEET), StandardCharsets.UTF_8)).contains("<f>1+1</f>");
  }

  private Rated rate(byte[] workbook) throws Exception {
    return scorecard.rate(new Input("formulas.xlsx", workbook), Options.DEFAULT);
  }

  private static String member(String ref) {
    return "<c r=\"" + ref + "\" t=\"str\"><f t=\"shared\" si=\"0\"/><v>Green</v></c>";
  }

  /** The workbook with cells appended to the ends of rows 2 and 3 of its first sheet. */
  private static byte[] withCells(byte[] xlsx, String row2, String row3) {
    return Zips.edit(
        xlsx,
        parts -> {
          String xml = new String(parts.get(SHEET), StandardCharsets.UTF_8);
          xml = appendToRow(appendToRow(xml, 2, row2), 3, row3);
          parts.put(SHEET, xml.getBytes(StandardCharsets.UTF_8));
        });
  }

  private static String appendToRow(String xml, int row, String cells) {
    Matcher m =
        Pattern.compile("(<row r=\"" + row + "\"[^>]*>.*?)(</row>)", Pattern.DOTALL).matcher(xml);
    assertThat(m.find()).as("row %s in the fixture", row).isTrue();
    return xml.substring(0, m.end(1)) + cells + xml.substring(m.end(1));
  }

  /** The workbook with a calculation chain listing these cells of its first sheet. */
  private static byte[] withCalcChain(byte[] xlsx, String... cells) {
    StringBuilder chain =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<calcChain xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
    for (int i = 0; i < cells.length; i++) {
      chain
          .append("<c r=\"")
          .append(cells[i])
          .append('"')
          .append(i == 0 ? " i=\"1\"" : "")
          .append("/>");
    }
    chain.append("</calcChain>");
    return Zips.edit(
        xlsx,
        parts -> {
          parts.put(CHAIN, chain.toString().getBytes(StandardCharsets.UTF_8));
          insertBefore(
              parts,
              "xl/_rels/workbook.xml.rels",
              "</Relationships>",
              "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                  + "2006/relationships/calcChain\" Target=\"calcChain.xml\"/>");
          insertBefore(
              parts,
              "[Content_Types].xml",
              "</Types>",
              "<Override PartName=\"/xl/"
                  + "calcChain.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                  + "spreadsheetml.calcChain+xml\"/>");
        });
  }

  private static void insertBefore(Map<String, byte[]> parts, String part, String end, String xml) {
    String s = new String(parts.get(part), StandardCharsets.UTF_8);
    parts.put(part, s.replace(end, xml + end).getBytes(StandardCharsets.UTF_8));
  }

  private static String text(Map<String, byte[]> parts, String name) {
    return new String(parts.get(name), StandardCharsets.UTF_8);
  }
}
