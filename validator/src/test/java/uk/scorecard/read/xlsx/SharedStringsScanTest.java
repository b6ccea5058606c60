package uk.scorecard.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The byte scan of shared strings reads what the XML parser reads, or says it cannot. */
class SharedStringsScanTest {

  private static final String SST =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"6\">"
          + "<si><t>Ref</t></si>"
          + "<si><t xml:space=\"preserve\"> A &amp; B &lt;5&gt; &#233;&#x2014; </t></si>"
          + "<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space='preserve'> and plain</t></r></si>"
          + "<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh></si>"
          + "<si/>"
          + "<si><t>line_x000D_break</t></si>"
          + "<si><t>never wanted</t></si>"
          + "</sst>";

  private static final int[] ALL = {0, 1, 2, 3, 4, 5};

  @Test
  void readsEntitiesRunsAndPhoneticsAsTheParserDoes() throws Exception {
    Map<Integer, String> scanned = SharedStringsScan.read(in(SST), ALL);

    assertThat(scanned)
        .containsEntry(0, "Ref")
        .containsEntry(1, " A & B <5> é— ")
        .containsEntry(2, "Bold and plain")
        .containsEntry(3, "東京")
        .containsEntry(4, "")
        .containsEntry(5, "line\rbreak")
        .doesNotContainKey(6);
    Map<Integer, String> parsed = SharedStringsPass.read(in(SST), ALL);
    assertThat(parsed).isEqualTo(scanned);
  }

  @Test
  void readsLineEndsAsTheParserDoes() throws Exception {
    // XML 1.0 section 2.11: CR LF and a lone CR read as LF; a character reference stays a CR.
    String sst =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>a\r\nb\rc</t></si><si><t>d&#13;\ne</t></si></sst>";
    Map<Integer, String> scanned = SharedStringsScan.read(in(sst), new int[] {0, 1});
    assertThat(scanned).containsEntry(0, "a\nb\nc").containsEntry(1, "d\r\ne");
    assertThat(scanned).isEqualTo(SharedStringsPass.read(in(sst), new int[] {0, 1}));
  }

  @Test
  void keepsOnlyTheWantedItems() throws Exception {
    assertThat(SharedStringsScan.read(in(SST), new int[] {2, 6}))
        .containsOnlyKeys(2, 6)
        .containsEntry(6, "never wanted");
  }

  @Test
  void agreesWithTheParserOnItemsThatCrossItsReadBuffer() throws Exception {
    java.util.Random random = new java.util.Random(7);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><sst xmlns=\"urn:x\">");
    for (int i = 0; i < 3_000; i++) {
      int length = i == 1_002 ? 70_000 : random.nextInt(120);
      StringBuilder text = new StringBuilder();
      while (text.length() < length) {
        text.append(
            switch (random.nextInt(8)) {
              case 0 -> "&amp;";
              case 1 -> "&#233;";
              case 2 -> "</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">";
              default -> (char) ('a' + random.nextInt(26));
            });
      }
      xml.append(i % 7 == 0 ? "<si/>" : "<si><r><t>" + text + "</t></r></si>");
    }
    int[] wanted = java.util.stream.IntStream.range(0, 3_000).filter(i -> i % 3 != 1).toArray();
    String sst = xml.append("</sst>").toString();

    Map<Integer, String> scanned = SharedStringsScan.read(in(sst), wanted);

    assertThat(scanned).hasSize(wanted.length).isEqualTo(SharedStringsPass.read(in(sst), wanted));
    assertThat(scanned.get(1_002)).hasSizeGreaterThan(5_000);
  }

  @Test
  void leavesPrefixedCommentedOrDeclaredMarkupToTheParser() {
    String prefixed = "<x:sst xmlns:x=\"urn:x\"><x:si><x:t>a</x:t></x:si></x:sst>";
    String commented = "<sst><!-- <si><t>b</t></si> --><si><t>a</t></si></sst>";
    String doctype = "<!DOCTYPE sst [<!ENTITY e \"x\">]><sst><si><t>&e;</t></si></sst>";
    for (String xml : new String[] {prefixed, commented, doctype}) {
      assertThatThrownBy(() -> SharedStringsScan.read(in(xml), new int[] {0}))
          .isInstanceOf(SharedStringsScan.Unusual.class);
    }
  }

  private static ByteArrayInputStream in(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
