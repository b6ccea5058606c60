package uk.scorecard.report;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import uk.scorecard.internal.xml.SafeXml;
import uk.scorecard.internal.xml.XmlText;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Severity;

/**
 * The JUnit XML form of reports, for CI test-report views: a test suite per workbook, a test case
 * per sheet with indicators or findings plus one for the workbook as a whole, a failure for each
 * case with findings at or above the threshold (the rest in its system-out), and an errored test
 * case for a workbook that could not be read.
 */
public final class JunitReport {

  /** The test case for findings about the workbook as a whole, and for reading it. */
  public static final String WORKBOOK_CASE = "(workbook)";

  private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity);

  private final Severity failAt;
  private final XMLStreamWriter xml;

  private JunitReport(Severity failAt, XMLStreamWriter xml) {
    this.failAt = failAt;
    this.xml = xml;
  }

  /** Writes the outcomes; findings at or above {@code failAt} are failures. */
  public static void write(List<? extends Outcome> outcomes, Severity failAt, Writer out)
      throws XMLStreamException {
    XMLStreamWriter xml = SafeXml.output().createXMLStreamWriter(out);
    new JunitReport(failAt, xml).document(outcomes);
    xml.flush();
  }

  private void document(List<? extends Outcome> outcomes) throws XMLStreamException {
    List<Suite> suites = outcomes.stream().map(this::suite).toList();
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "scorecard check");
    counts(
        suites.stream().mapToInt(Suite::tests).sum(),
        suites.stream().mapToInt(Suite::failures).sum(),
        suites.stream().mapToInt(Suite::errors).sum());
    for (Suite s : suites) {
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", clean(s.name()));
      counts(s.tests(), s.failures(), s.errors());
      xml.writeAttribute("skipped", "0");
      for (Case c : s.cases()) {
        testCase(s.name(), c);
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
    }
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
  }

  private void counts(int tests, int failures, int errors) throws XMLStreamException {
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", Integer.toString(errors));
  }

  private void testCase(String classname, Case c) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", clean(classname));
    xml.writeAttribute("name", clean(c.name()));
    if (c.error() != null) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("error");
      xml.writeAttribute("message", clean(c.error()));
      xml.writeAttribute("type", "unreadable");
      xml.writeEndElement();
    }
    if (!c.failing().isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("message", failureMessage(c.failing()));
      xml.writeAttribute("type", c.failing().get(0).severity().word());
      xml.writeCharacters(lines(c.failing()));
      xml.writeEndElement();
    }
    if (!c.passing().isEmpty()) {
      xml.writeCharacters("\n      ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(lines(c.passing()));
      xml.writeEndElement();
    }
    if (c.error() != null || !c.failing().isEmpty() || !c.passing().isEmpty()) {
      xml.writeCharacters("\n    ");
    }
    xml.writeEndElement();
  }

  private Suite suite(Outcome o) {
    if (o instanceof Unreadable u) {
      Case read = new Case(WORKBOOK_CASE, u.reason(), List.of(), List.of());
      return new Suite(u.path(), List.of(read));
    }
    Report r = (Report) o;
    Map<String, List<Finding>> bySheet = new LinkedHashMap<>();
    bySheet.put(WORKBOOK_CASE, new ArrayList<>());
    r.indicators().forEach(i -> bySheet.computeIfAbsent(i.sheet(), k -> new ArrayList<>()));
    for (Finding f : r.findings()) {
      String key = f.sheet().isEmpty() ? WORKBOOK_CASE : f.sheet();
      bySheet.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    List<Case> cases = new ArrayList<>();
    bySheet.forEach(
        (sheet, findings) ->
            cases.add(
                new Case(
                    sheet,
                    null,
                    findings.stream().filter(this::fails).sorted(BY_SEVERITY).toList(),
                    findings.stream().filter(f -> !fails(f)).toList())));
    return new Suite(r.path(), cases);
  }

  private boolean fails(Finding f) {
    return f.severity().compareTo(failAt) <= 0;
  }

  private static String failureMessage(List<Finding> failing) {
    Finding first = failing.get(0);
    String where = TextReport.cell(first);
    String text = (where.isEmpty() ? "" : where + ": ") + first.message();
    return clean(failing.size() == 1 ? text : text + " (and " + (failing.size() - 1) + " more)");
  }

  /** A line per finding, each cleaned on its own so only our line breaks are real ones. */
  private static String lines(List<Finding> findings) {
    StringBuilder sb = new StringBuilder("\n");
    for (Finding f : findings) {
      String where = TextReport.cell(f);
      sb.append(
              clean(
                  (where.isEmpty() ? "" : where + ": ")
                      + f.severity().word()
                      + " ["
                      + f.code()
                      + "] "
                      + f.message()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * Workbook text for the XML, for whoever reads it in a CI log: control characters shown escaped
   * ({@link TerminalText#field}), then anything else XML 1.0 cannot hold replaced.
   */
  private static String clean(String s) {
    return XmlText.clean(TerminalText.field(s));
  }

  /** One workbook's test suite. */
  private record Suite(String name, List<Case> cases) {
    int tests() {
      return cases.size();
    }

    int failures() {
      return (int) cases.stream().filter(c -> !c.failing().isEmpty()).count();
    }

    int errors() {
      return (int) cases.stream().filter(c -> c.error() != null).count();
    }
  }

  /** One test case: a reading error, or the findings that fail it and those that do not. */
  private record Case(String name, String error, List<Finding> failing, List<Finding> passing) {}
}
