package uk.scorecard.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import uk.scorecard.internal.xml.SafeXml;

/**
 * The self-check's canonical form of an element: prefixes, attribute order and layout make no
 * difference, a leaf's text (spaces and all) does, and the streamed form equals the parsed one.
 */
final class XmlCanonTest {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @Test
  void twoWritersFormsOfOneCellAreEqualAndRealDifferencesAreNot() throws Exception {
    String a = "<c xmlns=\"" + MAIN + "\" r=\"B2\" s=\"3\"><f>A1&lt;2</f><v> 7 </v></c>";
    String b =
        "<x:c xmlns:x=\""
            + MAIN
            + "\" s=\"3\" r=\"B2\">\n  <x:f>A1&lt;2</x:f>\n  "
            + "<x:v> 7 </x:v>\n</x:c>";

    assertThat(streamed(a))
        .isEqualTo(streamed(b))
        .isEqualTo("<c r=\"B2\" s=\"3\"><f>A1&lt;2</><v> 7 </></>");
    assertThat(streamed(a.replace(" 7 ", "7"))).isNotEqualTo(streamed(a));
    assertThat(streamed(a.replace("s=\"3\"", "s=\"4\""))).isNotEqualTo(streamed(a));
  }

  @Test
  void textBetweenChildrenCountsOnlyWhenItIsNotLayout() throws Exception {
    String mixed = "<is xmlns=\"" + MAIN + "\"> <r><t>a</t></r> x <r><t/></r>\n</is>";

    assertThat(streamed(mixed)).isEqualTo("<is><r><t>a</></> x <r><t></></></>");
  }

  /** Outside the sheet's own namespace (which the streamed form leaves out), the two agree. */
  @Test
  void theStreamedFormIsTheParsedForm() throws Exception {
    String ns = "urn:part";
    String[] xml = {
      "<c xmlns=\"" + ns + "\" r=\"A1\" t=\"s\"><v>0</v></c>",
      "<row xmlns=\"" + ns + "\" r=\"3\" spans=\"1:2\">\n <c r=\"A3\"><v>1</v></c>\n</row>",
      "<cfRule xmlns=\""
          + ns
          + "\" xmlns:o=\"urn:other\" o:k=\"1\" type=\"expression\">"
          + "<formula>A1&lt;&gt;\"\"</formula></cfRule>",
      "<t xmlns=\"" + ns + "\" xml:space=\"preserve\">  </t>",
      "<is xmlns=\"" + ns + "\"> <r><t>a</t></r> x <r><t/></r>\n</is>"
    };
    for (String x : xml) {
      assertThat(streamed(x))
          .as(x)
          .isEqualTo(
              XmlCanon.of(SafeXml.parse(x.getBytes(StandardCharsets.UTF_8)).getDocumentElement()));
    }
  }

  private static String streamed(String xml) throws Exception {
    XMLStreamReader r = SafeXml.stax().createXMLStreamReader(new StringReader(xml));
    while (r.next() != XMLStreamConstants.START_ELEMENT) {
      // to the root
    }
    return XmlCanon.element(r);
  }
}
