package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.scorecard.internal.opc.PackageParts;
import uk.scorecard.internal.opc.PartNames;
import uk.scorecard.report.Report;
import uk.scorecard.write.plan.ChecksContent;
import uk.scorecard.write.plan.ChecksHeading;
import uk.scorecard.write.plan.LiveCounts;
import uk.scorecard.write.plan.Marks;
import uk.scorecard.write.plan.Plan;
import uk.scorecard.write.plan.RulesSheet;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;
import uk.scorecard.zip.ZipWriter;

/**
 * Patches an OOXML package: every part we do not change is copied as it is; the rated sheets are
 * streamed through {@link SheetPatcher}; small parts (styles, notes, relationships) are edited.
 * Every part is found through the relationships that name it, never by the shape of its name.
 */
final class XlsxPatcher {

  private final PackageParts from;
  private final PackageModel model;
  private final ContentTypes types;
  private final Styles styles;
  private final String stylesPart;
  private final Map<String, byte[]> replaced = new LinkedHashMap<>();
  private final Map<String, SheetPatcher> sheets = new HashMap<>();
  private final Written written = new Written();

  /** The Checks sheet's rows, written as the package is (streamed, never held as XML). */
  private List<List<ChecksContent.Cell>> checksRows = List.of();

  private ChecksHeading heading = ChecksHeading.NONE;

  /** Where the Rules sheet goes (rate --live), or null when the plan has no rules. */
  private @Nullable RulesPlacement rules;

  private List<RulesSheet.Line> rulesLines = List.of();

  private XlsxPatcher(byte[] original) throws IOException {
    // The zip's directory is read once: the parts we edit, the Checks sheet's A1 and the copy.
    this.from = new PackageParts(ZipReader.of(original));
    this.model = PackageModel.of(from);
    this.types = ContentTypes.of(from.read(ContentTypes.NAME));
    String sp = model.stylesPart();
    this.stylesPart = sp != null ? from.actual(sp) : freeName("xl/styles", ".xml");
    this.styles = Styles.of(sp == null ? null : from.read(stylesPart));
  }

  /** The patched package's bytes, and what was written where, for the self-check. */
  static Written patch(byte[] original, Plan plan, Report report) throws IOException {
    XlsxPatcher p = new XlsxPatcher(original);
    if (!plan.rules().isEmpty()) {
      // Named before the sheets are streamed: the rating formulas read it.
      p.rules = RulesPlacement.find(p.model);
      p.rulesLines = plan.rules();
      plan.nameRules(p.rules.name());
    }
    for (var e : p.model.sheetParts.entrySet()) {
      if (plan.touches(e.getKey())) {
        p.prepareSheet(e.getKey(), e.getValue(), plan);
      }
    }
    p.checksSheet(report, plan);
    p.rulesSheet();
    p.written.bytes = p.write(original.length);
    return p.written;
  }

  private void prepareSheet(String name, String part, Plan plan) throws IOException {
    String relsName = from.actual(PartNames.relsOf(part));
    Rels rels = Rels.of(from.read(relsName));
    String legacyId = new NotesPatch(this, part, rels).apply(plan.notes(name));
    if (rels.changed()) {
      replaced.put(relsName, rels.bytes());
    }
    written.sheets.put(part, name);
    sheets.put(
        part,
        new SheetPatcher(
            plan.cells(name),
            plan.widths(name),
            styles,
            legacyId,
            new LiveRag(
                plan.live(name),
                plan.liveRatings(),
                styles,
                new ProblemMarks(plan.notes(name), styles))));
  }

  private void checksSheet(Report report, Plan plan) throws IOException {
    ChecksPlacement place = ChecksPlacement.find(model, from);
    checksRows = LiveCounts.apply(ChecksContent.rows(report, plan.heading()), plan, report);
    heading = plan.heading();
    String part = place.part();
    if (part == null) {
      part = freeName("xl/worksheets/sheet", ".xml");
      model.addSheet(place.name(), part);
      types.override(part, ContentTypes.WORKSHEET);
    }
    ChecksMarker.mark(model, place.name());
    written.checksSheet = from.actual(part);
  }

  private void rulesSheet() {
    if (rules == null) {
      return;
    }
    String part = rules.part();
    if (part == null) {
      part = freeName("xl/worksheets/sheet", ".xml");
      model.addSheet(rules.name(), part);
      types.override(part, ContentTypes.WORKSHEET);
    }
    ChecksMarker.mark(model, Marks.RULES_NAME, rules.name());
    written.rulesSheet = from.actual(part);
  }

  /**
   * A part name that no entry has yet: {@code prefix + n + suffix}. Part names are compared
   * ignoring case, as the packaging standard says (Sheet1.xml and sheet1.xml are the same part).
   */
  String freeName(String prefix, String suffix) {
    Set<String> taken = new HashSet<>();
    from.files().forEach(k -> taken.add(PackageParts.lower(k.name())));
    replaced.keySet().forEach(k -> taken.add(PackageParts.lower(k)));
    for (String ours : new String[] {written.checksSheet, written.rulesSheet}) {
      if (ours != null) {
        taken.add(PackageParts.lower(ours));
      }
    }
    int n = 1;
    while (taken.contains(PackageParts.lower(prefix + n + suffix))) {
      n++;
    }
    return prefix + n + suffix;
  }

  /** A part's content as it is now: as we replaced it, or as the package holds it (or null). */
  byte @Nullable [] part(String name) throws IOException {
    byte[] mine = replaced.get(from.actual(name));
    return mine != null ? mine : from.read(name);
  }

  void replace(String name, byte[] content) {
    replaced.put(from.actual(name), content);
  }

  ContentTypes types() {
    return types;
  }

  private byte[] write(int originalSize) throws IOException {
    // Sheets add cell formats as they stream, so the parts that record them are written last.
    Set<String> last =
        Set.of(
            stylesPart,
            model.workbookPart,
            from.actual(PartNames.relsOf(model.workbookPart)),
            from.actual(ContentTypes.NAME));
    // A rated copy is a little larger than the original (our columns, notes and Checks sheet):
    // room for that from the start, so the buffer is not doubled, and copied, near the end.
    ZipWriter zip = new ZipWriter(originalSize + originalSize / 4 + 65_536);
    for (ZipItem e : from.files()) {
      String name = e.name();
      SheetPatcher sp = sheets.get(name);
      if (replaced.containsKey(name)
          || last.contains(name)
          || name.equals(written.checksSheet)
          || name.equals(written.rulesSheet)) {
        continue;
      } else if (sp == null) {
        // Untouched: copied still compressed, byte for byte.
        zip.copy(from.zip(), e);
      } else {
        try (InputStream in = from.zip().open(e);
            OutputStream out = zip.begin(name)) {
          EntryStreams.patch(sp, in, out);
        }
      }
    }
    // Before the styles part is finished: the Checks sheet's cells add formats as they are written.
    try (OutputStream out = zip.begin(written.checksSheet)) {
      ChecksSheetXml.render(checksRows, heading, styles, model.mainNamespace(), out);
    }
    if (written.rulesSheet != null) {
      try (OutputStream out = zip.begin(written.rulesSheet)) {
        RulesSheetXml.render(rulesLines, styles, model.mainNamespace(), out);
      }
      written.changedParts.add(written.rulesSheet);
    }
    finishSmallParts();
    for (String name : last) {
      if (!replaced.containsKey(name) && from.find(name) != null) {
        replaced.put(name, from.read(name));
      }
    }
    for (var e : replaced.entrySet()) {
      zip.add(e.getKey(), e.getValue());
    }
    written.changedParts.addAll(replaced.keySet());
    written.changedParts.add(written.checksSheet);
    written.changedParts.addAll(sheets.keySet());
    return zip.finish();
  }

  private void finishSmallParts() throws IOException {
    if (styles.changed()) {
      replaced.put(stylesPart, styles.bytes());
      if (styles.created()) {
        model.workbookRels.add("styles", PartNames.relative(model.workbookPart, stylesPart));
        types.override(stylesPart, ContentTypes.STYLES);
      }
    }
    if (model.workbookChanged()) {
      replaced.put(model.workbookPart, Xml.write(model.workbook));
    }
    if (model.workbookRels.changed()) {
      replaced.put(from.actual(PartNames.relsOf(model.workbookPart)), model.workbookRels.bytes());
    }
    if (types.changed()) {
      replaced.put(from.actual(ContentTypes.NAME), types.bytes());
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
