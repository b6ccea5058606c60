package uk.scorecard.write.xlsx;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.NoteCells;
import uk.scorecard.write.plan.Plan;

/**
 * A visible mark on the cells our notes are on, since notes do not print: one conditional format of
 * ours over those cells, an always-true rule with a red border and a pale red fill. It touches none
 * of the officer's cell styles, is recognised by its formula and replaced on the next run.
 */
final class ProblemMarks {

  private static final java.util.regex.Pattern FORMULA =
      java.util.regex.Pattern.compile("f?ormula>([^<]*)</>");

  private final String sqref;
  private final int dxf;

  ProblemMarks(List<Plan.Note> notes, Styles styles) {
    this.sqref = sqref(notes);
    this.dxf = sqref.isEmpty() ? -1 : styles.problemDxf();
  }

  /** True when there is nothing to mark. */
  boolean none() {
    return sqref.isEmpty();
  }

  /** Whether an existing conditionalFormatting element is ours: only rules with our formula. */
  static boolean isOurs(List<XMLEvent> cf) {
    List<String> formulas = new ArrayList<>();
    for (int i = 1; i < cf.size(); i++) {
      XMLEvent prev = cf.get(i - 1);
      if (cf.get(i).isCharacters()
          && prev.isStartElement()
          && prev.asStartElement().getName().getLocalPart().equals("formula")) {
        formulas.add(cf.get(i).asCharacters().getData());
      }
    }
    return !formulas.isEmpty() && formulas.stream().allMatch(Marks.PROBLEM_FORMULA::equals);
  }

  /** The self-check's view of {@link #isOurs}, on a conditional format in canonical form. */
  static boolean isOursShaped(String canon) {
    java.util.regex.Matcher f = FORMULA.matcher(canon);
    int n = 0;
    while (f.find()) {
      n++;
      if (!Marks.PROBLEM_FORMULA.equals(f.group(1))) {
        return false;
      }
    }
    return n > 0;
  }

  /** Writes our format, its rule after every other rule of the sheet ({@code priority}). */
  void write(XMLEventWriter out, XMLEventFactory ev, String prefix, String ns, int priority)
      throws XMLStreamException {
    if (none()) {
      return;
    }
    out.add(ev.createStartElement(prefix, ns, "conditionalFormatting"));
    out.add(ev.createAttribute(new QName("sqref"), sqref));
    out.add(ev.createStartElement(prefix, ns, "cfRule"));
    out.add(ev.createAttribute(new QName("type"), "expression"));
    out.add(ev.createAttribute(new QName("dxfId"), Integer.toString(dxf)));
    out.add(ev.createAttribute(new QName("priority"), Integer.toString(priority)));
    out.add(ev.createStartElement(prefix, ns, "formula"));
    out.add(ev.createCharacters(Marks.PROBLEM_FORMULA));
    out.add(ev.createEndElement(prefix, ns, "formula"));
    out.add(ev.createEndElement(prefix, ns, "cfRule"));
    out.add(ev.createEndElement(prefix, ns, "conditionalFormatting"));
  }

  /** The cells as a space-separated list of cells and ranges down a column. */
  static String sqref(List<Plan.Note> notes) {
    return NoteCells.ranges(notes).stream()
        .map(CellRangeAddress::formatAsString)
        .collect(java.util.stream.Collectors.joining(" "));
  }
}
