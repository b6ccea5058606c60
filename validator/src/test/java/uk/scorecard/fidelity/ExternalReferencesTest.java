package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.model.ReadWorkbook.Format;

/**
 * Links to other workbooks and web addresses are kept but never followed, and macros are kept byte
 * for byte and never run: a workbook pointing at a listening loopback port never connects.
 */
class ExternalReferencesTest {

  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final byte[] MACROS =
      "Attribute VB_Name = \"Auto_Open\"\r\nShell \"calc\"\r\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void externalLinksAndSchemasAreKeptButNeverFetched() throws IOException {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + listener.getLocalPort();
      byte[] linked = Zips.edit(Scorecards.monthly(), parts -> addExternalLink(parts, url));
      Scorecard scorecard = new Scorecard();
      scorecard.check(new Input("linked.xlsx", linked), Options.DEFAULT);
      Rated rated = rate(scorecard, linked);
      listener.setSoTimeout(200);
      assertThat(accepted(listener)).as("a connection to " + url).isFalse();
      Map<String, byte[]> out = PackageComparison.parts(rated.bytes());
      assertThat(out.get("xl/externalLinks/externalLink1.xml"))
          .isEqualTo(PackageComparison.parts(linked).get("xl/externalLinks/externalLink1.xml"));
      assertThat(Zips.text(out, "xl/externalLinks/_rels/externalLink1.xml.rels")).contains(url);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void macrosSurviveByteForByteAndStayMacros() throws Exception {
    byte[] xlsm = Zips.edit(Scorecards.monthly(), ExternalReferencesTest::addMacros);
    Rated rated = rate(new Scorecard(), xlsm);
    assertThat(rated.format()).isEqualTo(Format.XLSM);
    Map<String, byte[]> out = PackageComparison.parts(rated.bytes());
    assertThat(out.get("xl/vbaProject.bin")).isEqualTo(MACROS);
    assertThat(Zips.text(out, "[Content_Types].xml")).contains("macroEnabled.main+xml");
  }

  private static Rated rate(Scorecard scorecard, byte[] bytes) throws Exception {
    return scorecard.rate(new Input("book.xlsm", bytes), Options.DEFAULT);
  }

  private static boolean accepted(ServerSocket listener) throws IOException {
    try (Socket s = listener.accept()) {
      return s != null;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  /** An external workbook link, a web schema in an XML map, both at {@code url}. */
  private static void addExternalLink(Map<String, byte[]> parts, String url) {
    put(
        parts,
        "xl/externalLinks/externalLink1.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\""
            + " standalone=\"yes\"?><externalLink xmlns=\"http://schemas.openxmlformats.org/"
            + "spreadsheetml/2006/main\" xmlns:r=\""
            + REL
            + "\"><externalBook r:id=\"rId1\"><sheetNames>"
            + "<sheetName val=\"Data\"/></sheetNames></externalBook></externalLink>");
    put(
        parts,
        "xl/externalLinks/_rels/externalLink1.xml.rels",
        "<?xml version=\"1.0\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\""
            + REL
            + "/externalLinkPath\" Target=\""
            + url
            + "/other.xlsx\" TargetMode=\"External\"/></Relationships>");
    put(
        parts,
        "xl/xmlMaps.xml",
        "<MapInfo xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
            + "2006/main\" SelectionNamespaces=\"\"><Schema ID=\"Schema1\"><xs:schema xmlns:xs=\"http://"
            + "www.w3.org/2001/XMLSchema\"><xs:include schemaLocation=\""
            + url
            + "/s.xsd\"/></xs:schema>"
            + "</Schema></MapInfo>");
    addRelationship(parts, "rIdX1", "/externalLink", "externalLinks/externalLink1.xml");
    addRelationship(parts, "rIdX2", "/xmlMaps", "xmlMaps.xml");
    override(
        parts,
        "/xl/externalLinks/externalLink1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml");
    override(parts, "/xl/xmlMaps.xml", "application/xml");
    String book = Zips.text(parts, "xl/workbook.xml");
    put(
        parts,
        "xl/workbook.xml",
        book.replace(
            "</sheets>",
            "</sheets><externalReferences><externalReference r:id=\"rIdX1\"/></externalReferences>"));
  }

  private static void addMacros(Map<String, byte[]> parts) {
    parts.put("xl/vbaProject.bin", MACROS);
    addRelationship(parts, "rIdV", "/vbaProject", "vbaProject.bin");
    String types =
        Zips.text(parts, "[Content_Types].xml")
            .replace(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    put(
        parts,
        "[Content_Types].xml",
        types.replaceFirst(
            "<Default ",
            "<Default Extension=\"bin\""
                + " ContentType=\"application/vnd.ms-office.vbaProject\"/><Default "));
  }

  private static void addRelationship(
      Map<String, byte[]> parts, String id, String type, String target) {
    String rels = Zips.text(parts, "xl/_rels/workbook.xml.rels");
    String relType =
        type.equals("/vbaProject")
            ? "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
            : REL + type;
    put(
        parts,
        "xl/_rels/workbook.xml.rels",
        rels.replace(
            "</Relationships>",
            "<Relationship Id=\""
                + id
                + "\" Type=\""
                + relType
                + "\" Target=\""
                + target
                + "\"/></Relationships>"));
  }

  private static void override(Map<String, byte[]> parts, String name, String type) {
    put(
        parts,
        "[Content_Types].xml",
        Zips.text(parts, "[Content_Types].xml")
            .replace(
                "</Types>",
                "<Override PartName=\"" + name + "\" ContentType=\"" + type + "\"/></Types>"));
  }

  private static void put(Map<String, byte[]> parts, String name, String text) {
    parts.put(name, text.getBytes(StandardCharsets.UTF_8));
  }
}
