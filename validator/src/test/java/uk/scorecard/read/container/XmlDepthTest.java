package uk.scorecard.read.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.WorkbookRefusedException;

/**
 * The nesting watcher counts elements, not markup that only looks like them: empty elements,
 * comments, CDATA, processing instructions and attribute values holding {@code />} or {@code >}; it
 * reads UTF-16 and a part fed in pieces the same, and stops at a part that is not XML.
 */
final class XmlDepthTest {

  private static final int LIMIT = XmlDepth.MAX_DEPTH;

  @Test
  void nestingToTheLimitIsReadAndOneLevelMoreIsRefused() throws Exception {
    assertThat(scan(nested(LIMIT, ""), StandardCharsets.UTF_8, 7)).isTrue();
    assertThatThrownBy(() -> scan(nested(LIMIT + 1, ""), StandardCharsets.UTF_8, 7))
        .isInstanceOf(WorkbookRefusedException.class)
        .hasMessageContaining("nests elements more than 256 deep");
    // An attribute value that looks like the end of an empty element does not hide a level.
    String disguised = nested(LIMIT + 1, "").replace("<a x=\"1\">", "<a x=\"/>\" y='/'>");
    assertThatThrownBy(() -> scan(disguised, StandardCharsets.UTF_8, 7))
        .isInstanceOf(WorkbookRefusedException.class);
  }

  @Test
  void markupThatIsNotAnElementIsNotCounted() throws Exception {
    String inner =
        "<e/><e a=\"/>\" b='>'/><!-- <a><a><a> --><![CDATA[<a><a>]]><?pi <a> ?>".repeat(300);
    assertThat(scan(nested(LIMIT - 1, inner), StandardCharsets.UTF_8, 5)).isTrue();
  }

  @Test
  void utf16IsReadAsUtf8Is() throws Exception {
    assertThat(scan(nested(LIMIT, ""), StandardCharsets.UTF_16LE, 3)).isTrue();
    assertThatThrownBy(() -> scan(nested(LIMIT + 1, ""), StandardCharsets.UTF_16BE, 3))
        .isInstanceOf(WorkbookRefusedException.class);
  }

  @Test
  void aPartThatIsNotXmlIsNotWatched() throws Exception {
    byte[] binary = ("PK\u0003\u0004" + "<a>".repeat(1_000)).getBytes(StandardCharsets.ISO_8859_1);
    assertThat(new XmlDepth("x.bin").feed(binary, binary.length)).isFalse();
  }

  private static String nested(int depth, String inner) {
    return "<?xml version=\"1.0\"?>\n<r>"
        + "<a x=\"1\">".repeat(depth - 1)
        + inner
        + "</a>".repeat(depth - 1)
        + "</r>";
  }

  /** Feeds the part in pieces of {@code piece} bytes; what the last feed said. */
  private static boolean scan(String xml, java.nio.charset.Charset cs, int piece)
      throws WorkbookRefusedException {
    byte[] all = xml.getBytes(cs);
    XmlDepth d = new XmlDepth("xl/worksheets/sheet1.xml");
    boolean watching = true;
    for (int at = 0; at < all.length && watching; at += piece) {
      byte[] b = java.util.Arrays.copyOfRange(all, at, Math.min(all.length, at + piece));
      watching = d.feed(b, b.length);
    }
    return watching;
  }
}
