package uk.scorecard.write.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.XMLEvent;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.model.Rating;
import uk.scorecard.write.plan.Marks;

/**
 * Conditional formatting on the RAG column (--live), so a rating an officer types by hand is
 * coloured as ours are: one "cell equals" rule per rating, with the same fill and text colour. Ours
 * is recognised by its range and rules and replaced on the next run, never doubled. It writes the
 * {@link ProblemMarks} too, after its own rules.
 */
final class LiveRag {

  /** Worksheet elements the schema puts after {@code conditionalFormatting}. */
  static final Set<String> AFTER =
      Set.of(
          "dataValidations",
          "hyperlinks",
          "printOptions",
          "pageMargins",
          "pageSetup",
          "headerFooter",
          "rowBreaks",
          "colBreaks",
          "customProperties",
          "cellWatches",
          "ignoredErrors",
          "smartTags",
          "drawing",
          "legacyDrawing",
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst");

  private final List<CellRangeAddress> ranges;
  private final Map<Rating, Integer> dxfs;
  private final List<Rating> ratings;
  private final ProblemMarks marks;
  private int maxPriority;
  private boolean done;

  LiveRag(List<CellRangeAddress> ranges, List<Rating> ratings, Styles styles) {
    this(ranges, ratings, styles, new ProblemMarks(List.of(), styles));
  }

  /** Live rules on these ranges (none without --live), and the marks on cells with a note. */
  LiveRag(List<CellRangeAddress> ranges, List<Rating> ratings, Styles styles, ProblemMarks marks) {
    this.ranges = ranges;
    this.marks = marks;
    this.ratings = ratings;
    this.dxfs = new java.util.EnumMap<>(Rating.class);
    if (!ranges.isEmpty()) {
      for (Rating r : ratings) {
        dxfs.put(r, styles.dxf(r));
      }
    }
    this.done = ranges.isEmpty() && marks.none();
  }

  /**
   * Whether an existing conditionalFormatting element is ours: on one of our ranges, with only our
   * "equals a rating word" rules. Otherwise notes its rule priorities, so ours come after.
   */
  boolean isOurs(List<XMLEvent> cf) {
    if (ProblemMarks.isOurs(cf)) {
      return true; // the marks of an earlier run: replaced by this run's
    }
    Attribute sqref = cf.get(0).asStartElement().getAttributeByName(new QName("sqref"));
    Set<String> ours =
        ranges.stream().map(CellRangeAddress::formatAsString).collect(Collectors.toSet());
    List<String> formulas = new ArrayList<>();
    int priority = 0;
    for (int i = 0; i < cf.size(); i++) {
      XMLEvent e = cf.get(i);
      if (e.isStartElement() && e.asStartElement().getName().getLocalPart().equals("cfRule")) {
        Attribute p = e.asStartElement().getAttributeByName(new QName("priority"));
        priority = Math.max(priority, p == null ? 0 : parse(p.getValue()));
      }
      if (e.isCharacters()
          && i > 0
          && cf.get(i - 1).isStartElement()
          && cf.get(i - 1).asStartElement().getName().getLocalPart().equals("formula")) {
        formulas.add(e.asCharacters().getData());
      }
    }
    Set<String> words =
        java.util.Arrays.stream(Rating.values())
            .map(Marks::liveFormula)
            .collect(Collectors.toSet());
    boolean isOurs =
        sqref != null
            && ours.contains(sqref.getValue())
            && !formulas.isEmpty()
            && words.containsAll(formulas);
    if (!isOurs) {
      maxPriority = Math.max(maxPriority, priority);
    }
    return isOurs;
  }

  private static final java.util.regex.Pattern SQREF =
      java.util.regex.Pattern.compile("^<[^>]*? sqref=\"([^\"]*)\"");
  private static final java.util.regex.Pattern FORMULA =
      java.util.regex.Pattern.compile("f?ormula>([^<]*)</>");

  /**
   * The self-check's view of {@link #isOurs}: a conditional format in canonical form (see XmlCanon)
   * on one of this run's live ranges with only our "equals a rating word" rules.
   */
  static boolean isOursShaped(String canon, Set<String> liveRanges) {
    java.util.regex.Matcher sq = SQREF.matcher(canon);
    if (!sq.find() || !liveRanges.contains(sq.group(1))) {
      return false;
    }
    Set<String> words =
        java.util.Arrays.stream(Rating.values())
            .map(Marks::liveFormula)
            .collect(Collectors.toSet());
    java.util.regex.Matcher f = FORMULA.matcher(canon);
    int n = 0;
    while (f.find()) {
      n++;
      if (!words.contains(f.group(1))) {
        return false;
      }
    }
    return n > 0;
  }

  /** Writes our conditional formatting once, where the schema allows it. */
  void write(XMLEventWriter out, XMLEventFactory ev, String prefix, String ns)
      throws XMLStreamException {
    if (done) {
      return;
    }
    done = true;
    int priority = maxPriority;
    for (CellRangeAddress range : ranges) {
      out.add(
          ev.createStartElement(
              prefix,
              ns,
              "conditionalFormatting",
              List.of(ev.createAttribute("sqref", range.formatAsString())).iterator(),
              null));
      for (Rating r : ratings) {
        out.add(
            ev.createStartElement(
                prefix,
                ns,
                "cfRule",
                List.of(
                        ev.createAttribute("type", "cellIs"),
                        ev.createAttribute("dxfId", Integer.toString(dxfs.get(r))),
                        ev.createAttribute("priority", Integer.toString(++priority)),
                        ev.createAttribute("operator", "equal"))
                    .iterator(),
                null));
        out.add(ev.createStartElement(prefix, ns, "formula"));
        out.add(ev.createCharacters(Marks.liveFormula(r)));
        out.add(ev.createEndElement(prefix, ns, "formula"));
        out.add(ev.createEndElement(prefix, ns, "cfRule"));
      }
      out.add(ev.createEndElement(prefix, ns, "conditionalFormatting"));
    }
    marks.write(out, ev, prefix, ns, priority + 1);
  }

  private static int parse(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
