package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Proves parts are found through relationships as OPC resolves them, whatever they are named. */
class PackageXmlTest {
  private static final String SHEET = "xl/worksheets/sheet1.xml";

  @Test
  void resolvesTargetsRelativeToTheSourcePartOrFromTheRoot() {
    assertThat(PackageXml.resolve(SHEET, "../comments1.xml")).isEqualTo("xl/comments1.xml");
    assertThat(PackageXml.resolve(SHEET, "/xl/comments/comment1.xml"))
        .isEqualTo("xl/comments/comment1.xml");
    assertThat(PackageXml.resolve(SHEET, "./../drawings/./vmlDrawing1.vml"))
        .isEqualTo("xl/drawings/vmlDrawing1.vml");
    assertThat(PackageXml.resolve("xl/workbook.xml", "worksheets/sheet2.xml"))
        .isEqualTo("xl/worksheets/sheet2.xml");
  }

  @Test
  void findsNotesAndVmlByRelationshipTypeWhateverTheirNamesAndCase() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put(SHEET, bytes("<worksheet/>"));
    parts.put(
        "xl/worksheets/_rels/sheet1.xml.rels",
        bytes(
            "<Relationships xmlns=\"http://"
                + "schemas.openxmlformats.org/package/2006/relationships\">"
                + rel("rId1", "comments", "/xl/comments/comment1.xml", "")
                + rel("rId2", "vmlDrawing", "../Drawings/CommentsDrawing1.VML", "")
                + rel("rId3", "hyperlink", "https://www.gov.uk/", "External")
                + rel("rId4", "comments", "https://example.invalid/notes.xml", "External")
                + "</Relationships>"));
    parts.put("xl/comments/comment1.xml", bytes("<comments/>"));
    parts.put("xl/drawings/commentsDrawing1.vml", bytes("<xml/>"));
    assertThat(PackageXml.related(parts, SHEET, "comments"))
        .containsExactly("xl/comments/comment1.xml");
    assertThat(PackageXml.related(parts, SHEET, "vmlDrawing"))
        .containsExactly("xl/drawings/commentsDrawing1.vml");
    assertThat(PackageXml.related(parts, "xl/worksheets/sheet2.xml", "comments")).isEmpty();
  }

  private static String rel(String id, String type, String target, String mode) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships/"
        + type
        + "\" Target=\""
        + target
        + "\""
        + (mode.isEmpty() ? "" : " TargetMode=\"" + mode + "\"")
        + "/>";
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
