package uk.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.scorecard.report.SampleOutcomes.ALL;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

/** The JUnit XML report, read back with the JDK's XML parser as a CI server would read it. */
final class JunitReportTest {

  @Test
  void aSuitePerWorkbookACasePerSheetAndAFailurePerSheetWithErrors() throws Exception {
    Element root = parse(ALL, Severity.ERROR).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    List<Element> suites = children(root, "testsuite");
    assertThat(suites)
        .extracting(s -> s.getAttribute("name"))
        .containsExactly(
            "workbooks/team a/board, May.xlsx", "workbooks/clean.xlsx", "workbooks/broken.xlsx");

    Element faulty = suites.get(0);
    List<Element> cases = children(faulty, "testcase");
    assertThat(cases)
        .extracting(c -> c.getAttribute("name"))
        .containsExactly(JunitReport.WORKBOOK_CASE, "Scorecard", "Detail sheet");
    assertThat(cases)
        .extracting(c -> c.getAttribute("classname"))
        .containsOnly("workbooks/team a/board, May.xlsx");

    Element scorecard = cases.get(1);
    Element failure = only(scorecard, "failure");
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Scorecard!L3: Jun-19 is 112%: a percentage cannot exceed 100%");
    assertThat(failure.getTextContent().strip())
        .isEqualTo(
            "Scorecard!L3: error [percent-range] Jun-19 is 112%: a percentage cannot exceed 100%");
    assertThat(only(scorecard, "system-out").getTextContent())
        .contains("Scorecard!K3: warning [text-number] May-19 holds 87% as text");

    assertThat(children(cases.get(0), "failure")).isEmpty();
    assertThat(only(cases.get(0), "system-out").getTextContent())
        .contains("warning [latest-period-blank] Jun-19 is blank");
    assertThat(children(cases.get(2), "failure")).isEmpty();
    assertThat(only(cases.get(2), "system-out").getTextContent())
        .contains("'Detail sheet'!C7: info [small-denominator]");

    assertThat(counts(faulty)).containsExactly("3", "1", "0", "0");
    assertThat(counts(suites.get(1))).containsExactly("2", "0", "0", "0");
    assertThat(counts(root)).containsExactly("6", "1", "1");
  }

  @Test
  void aWorkbookNotReadIsAnErroredTestCase() throws Exception {
    Element broken = children(parse(ALL, Severity.ERROR).getDocumentElement(), "testsuite").get(2);

    Element only = only(broken, "testcase");
    Element error = only(only, "error");
    assertThat(error.getAttribute("message"))
        .isEqualTo("not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");
    assertThat(children(only, "failure")).isEmpty();
    assertThat(counts(broken)).containsExactly("1", "0", "1", "0");
  }

  @Test
  void withFailOnWarningWarningsFailTheirCaseToo() throws Exception {
    List<Element> cases =
        children(
            children(parse(ALL, Severity.WARNING).getDocumentElement(), "testsuite").get(0),
            "testcase");

    assertThat(only(cases.get(0), "failure").getAttribute("type")).isEqualTo("warning");
    Element failure = only(cases.get(1), "failure");
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("Scorecard!L3: Jun-19 is 112%: a percentage cannot exceed 100% (and 1 more)");
    assertThat(failure.getTextContent().strip().lines()).hasSize(2);
    assertThat(children(cases.get(1), "system-out")).isEmpty();
    assertThat(children(cases.get(2), "failure")).isEmpty();
  }

  @Test
  void markupAndControlCharactersInMessagesStillMakeWellFormedXml() throws Exception {
    Finding odd =
        new Finding(
            "Q&A <1>",
            "B2",
            Severity.ERROR,
            "not-a-figure",
            "Jun-19 is \"<b>&amp;\u0001\u0007\": not a number");
    Report r = new Report("odd\u0002.xlsx", List.of(odd), List.of());

    Element testCase =
        children(
                only(parse(List.of(r), Severity.ERROR).getDocumentElement(), "testsuite"),
                "testcase")
            .get(1);

    assertThat(testCase.getAttribute("name")).isEqualTo("Q&A <1>");
    // Control characters are shown escaped, as in every format (TerminalText).
    assertThat(testCase.getAttribute("classname")).isEqualTo("odd\\u0002.xlsx");
    assertThat(only(testCase, "failure").getAttribute("message"))
        .isEqualTo("'Q&A <1>'!B2: Jun-19 is \"<b>&amp;\\u0001\\u0007\": not a number");
  }

  @Test
  void noWorkbooksIsAnEmptyButValidReport() throws Exception {
    Element root = parse(List.of(), Severity.ERROR).getDocumentElement();

    assertThat(children(root, "testsuite")).isEmpty();
    assertThat(counts(root)).containsExactly("0", "0", "0");
  }

  private static Document parse(List<? extends Outcome> outcomes, Severity failAt)
      throws Exception {
    StringWriter out = new StringWriter();
    JunitReport.write(outcomes, failAt, out);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
  }

  private static List<String> counts(Element e) {
    List<String> counts =
        new ArrayList<>(
            List.of(e.getAttribute("tests"), e.getAttribute("failures"), e.getAttribute("errors")));
    if (e.hasAttribute("skipped")) {
      counts.add(e.getAttribute("skipped"));
    }
    return counts;
  }

  private static Element only(Element parent, String tag) {
    List<Element> found = children(parent, tag);
    assertThat(found).as("<%s> in <%s>", tag, parent.getTagName()).hasSize(1);
    return found.get(0);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }
}
