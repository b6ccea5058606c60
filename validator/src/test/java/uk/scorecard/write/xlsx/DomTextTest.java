package uk.scorecard.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The DOM writer keeps what was parsed and declares the namespaces of nodes made in code. */
class DomTextTest {

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String OFFICE =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static Document parse(String xml) throws Exception {
    return Xml.parse(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesAParsedPartAsItWasWithMarkupEscaped() throws Exception {
    String part =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<workbook xmlns=\""
            + MAIN
            + "\" xmlns:r=\""
            + OFFICE
            + "\"><!-- kept -->"
            + "<sheets><sheet name=\"A &amp; B &lt;&gt; &quot;q&quot;&#10;&#9;&#13;\" r:id=\"rId1\""
            + " sheetId=\"1\"/></sheets><t xml:space=\"preserve\"> a&amp;b &lt;c&gt; \"d\"&#13;\n"
            + "é 🙂</t><![CDATA[x ]]]]><![CDATA[> y]]>"
            + "<?mso-application progid=\"Excel\"?></workbook>";

    String written = DomText.of(parse(part));

    assertThat(written).isEqualTo(part);
  }

  @Test
  void declaresThePrefixOfAnAttributeMadeInCode() throws Exception {
    Document doc = parse("<workbook xmlns=\"" + MAIN + "\"><sheets/></workbook>");
    Element sheets = (Element) doc.getDocumentElement().getFirstChild();
    Element sheet = Xml.create(sheets, "sheet");
    sheet.setAttributeNS(null, "name", "Checks");
    sheet.setAttributeNS(OFFICE, "r:id", "rId9");
    sheets.appendChild(sheet);

    String written = DomText.of(doc);

    assertThat(written)
        .endsWith(
            "<sheets><sheet name=\"Checks\" r:id=\"rId9\" xmlns:r=\""
                + OFFICE
                + "\"/></sheets></workbook>");
    Element reread = (Element) parse(written).getElementsByTagNameNS(MAIN, "sheet").item(0);
    assertThat(reread.getAttributeNS(OFFICE, "id")).isEqualTo("rId9");
  }

  @Test
  void undeclaresTheDefaultNamespaceForAnElementOutsideIt() throws Exception {
    Document doc = parse("<a xmlns=\"urn:x\"><b/></a>");
    doc.getDocumentElement().appendChild(doc.createElementNS(null, "c"));

    String written = DomText.of(doc);

    assertThat(written).endsWith("<a xmlns=\"urn:x\"><b/><c xmlns=\"\"/></a>");
    assertThat(parse(written).getDocumentElement().getLastChild().getNamespaceURI()).isNull();
  }

  @Test
  void writingIsStable() throws Exception {
    Document doc = parse("<a xmlns=\"urn:x\" xmlns:p=\"urn:p\"><p:b p:c=\"1\">t</p:b></a>");
    String once = DomText.of(doc);

    assertThat(DomText.of(parse(once))).isEqualTo(once);
  }

  @Test
  void anUnprefixedNamespacedAttributeGetsAPrefixAndTheElementStaysPut() throws Exception {
    Document doc = parse("<workbook xmlns=\"" + MAIN + "\"><sheets/></workbook>");
    Element sheets = (Element) doc.getDocumentElement().getFirstChild();
    Element sheet = Xml.create(sheets, "sheet");
    sheet.setAttributeNS(OFFICE, "id", "rId9");
    sheets.appendChild(sheet);

    Document reread = parse(DomText.of(doc));

    Element again = (Element) reread.getElementsByTagNameNS(MAIN, "sheet").item(0);
    assertThat(again).as("the sheet stays in the main namespace").isNotNull();
    assertThat(again.getAttributeNS(OFFICE, "id")).isEqualTo("rId9");
  }

  @Test
  void whatItWritesMeansWhatTheJdkSerialiserWrites() throws Exception {
    java.util.Random random = new java.util.Random(3);
    String[] spaces = {MAIN, OFFICE, "urn:x", null};
    for (int trial = 0; trial < 300; trial++) {
      Document doc = parse("<root xmlns=\"" + MAIN + "\" xmlns:r=\"" + OFFICE + "\"/>");
      Element parent = doc.getDocumentElement();
      for (int i = 0; i < 6; i++) {
        String ns = spaces[random.nextInt(spaces.length)];
        Element e =
            ns == null
                ? doc.createElementNS(null, "e" + i)
                : doc.createElementNS(ns, (random.nextBoolean() ? "" : "q" + i + ":") + "e" + i);
        String ans = spaces[random.nextInt(spaces.length)];
        if (ans == null) {
          e.setAttributeNS(null, "a", "v" + i);
        } else {
          e.setAttributeNS(ans, (random.nextBoolean() ? "" : "p" + i + ":") + "a", "v" + i);
        }
        parent.appendChild(e);
        parent = random.nextBoolean() ? e : parent;
      }
      assertThat(shape(parse(DomText.of(doc)).getDocumentElement()))
          .as("trial %d", trial)
          .isEqualTo(shape(parse(jdk(doc)).getDocumentElement()));
    }
  }

  /** The document as the JDK's XSLT serialiser writes it. */
  private static String jdk(Document doc) throws Exception {
    var t = javax.xml.transform.TransformerFactory.newDefaultInstance().newTransformer();
    var w = new java.io.StringWriter();
    t.transform(
        new javax.xml.transform.dom.DOMSource(doc), new javax.xml.transform.stream.StreamResult(w));
    return w.toString();
  }

  /** Elements and attributes by namespace and local name, in document order. */
  private static String shape(Element e) {
    StringBuilder sb = new StringBuilder("{" + e.getNamespaceURI() + "}" + e.getLocalName());
    var attrs = e.getAttributes();
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < attrs.getLength(); i++) {
      var a = attrs.item(i);
      if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
        names.add("@{" + a.getNamespaceURI() + "}" + a.getLocalName() + "=" + a.getNodeValue());
      }
    }
    java.util.Collections.sort(names);
    sb.append(names).append('[');
    for (var c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        sb.append(shape(child));
      }
    }
    return sb.append(']').toString();
  }
}
