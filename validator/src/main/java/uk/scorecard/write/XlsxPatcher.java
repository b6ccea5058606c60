package uk.scorecard.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.scorecard.report.Report;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;
import uk.scorecard.zip.ZipWriter;

/**
 * Patches an OOXML package: every part we do not change is copied as it is; the rated sheets are
 * streamed through {@link SheetPatcher}; small parts (styles, notes, relationships) are edited.
 */
final class XlsxPatcher {

  private final ZipReader from;
  private final Map<String, byte[]> parts;
  private final PackageModel model;
  private final ContentTypes types;
  private final Styles styles;
  private final String stylesPart;
  private final Map<String, byte[]> replaced = new LinkedHashMap<>();
  private final Map<String, SheetPatcher> sheets = new HashMap<>();
  /** Entry names by their lower-case form: part names ignore case, relationship targets may too. */
  private final Map<String, String> actualNames = new HashMap<>();

  private XlsxPatcher(byte[] original) throws IOException {
    // The zip's directory is read once: the small parts, the Checks sheet's A1 and the copy use it.
    this.from = ZipReader.of(original);
    this.parts = Zip.read(from, XlsxPatcher::isSmallPart);
    parts.keySet().forEach(k -> actualNames.putIfAbsent(k.toLowerCase(java.util.Locale.ROOT), k));
    this.model = PackageModel.of(parts);
    this.types = ContentTypes.of(parts.get(ContentTypes.NAME));
    String sp = model.stylesPart();
    this.stylesPart = sp != null ? actual(sp) : freeName("xl/styles", ".xml");
    this.styles = Styles.of(sp == null ? null : parts.get(stylesPart));
  }

  /** The patched package's bytes. */
  static byte[] patch(byte[] original, Plan plan, Report report) throws IOException {
    XlsxPatcher p = new XlsxPatcher(original);
    for (var e : p.model.sheetParts.entrySet()) {
      if (plan.touches(e.getKey())) {
        p.prepareSheet(e.getKey(), p.actual(e.getValue()), plan);
      }
    }
    p.checksSheet(report);
    return p.write(original.length);
  }

  private static boolean isSmallPart(String name) {
    return name.endsWith(".rels") || name.equals(ContentTypes.NAME) || name.endsWith("styles.xml")
        || name.endsWith("workbook.xml") || name.matches("(?i).*comments\\d*\\.xml")
        || name.toLowerCase().endsWith(".vml");
  }

  private void prepareSheet(String name, String part, Plan plan) throws IOException {
    String relsName = actual(PartNames.relsOf(part));
    Rels rels = Rels.of(parts.get(relsName));
    String legacyId = new NotesPatch(this, part, rels).apply(plan.notes(name));
    if (rels.changed()) {
      replaced.put(relsName, rels.bytes());
    }
    sheets.put(part, new SheetPatcher(plan.cells(name), plan.widths(name), styles, legacyId,
        new LiveRag(plan.live(name), styles)));
  }

  private void checksSheet(Report report) throws IOException {
    ChecksPlacement place = ChecksPlacement.find(model, from);
    byte[] xml = ChecksSheetXml.render(ChecksContent.rows(report), styles, model.mainNamespace());
    String part = place.part();
    if (part == null) {
      part = freeName("xl/worksheets/sheet", ".xml");
      model.addSheet(place.name(), part);
      types.override(part, ContentTypes.WORKSHEET);
    }
    ChecksMarker.mark(model, place.name());
    replaced.put(actual(part), xml);
  }

  /**
   * A part name that no entry has yet: {@code prefix + n + suffix}. Part names are compared
   * ignoring case, as the packaging standard says (Sheet1.xml and sheet1.xml are the same part).
   */
  String freeName(String prefix, String suffix) {
    java.util.Set<String> taken = new java.util.HashSet<>();
    parts.keySet().forEach(k -> taken.add(k.toLowerCase(java.util.Locale.ROOT)));
    replaced.keySet().forEach(k -> taken.add(k.toLowerCase(java.util.Locale.ROOT)));
    int n = 1;
    while (taken.contains((prefix + n + suffix).toLowerCase(java.util.Locale.ROOT))) {
      n++;
    }
    return prefix + n + suffix;
  }

  /** The entry name as the zip spells it, for a part name that may differ only in case. */
  String actual(String name) {
    return actualNames.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), name);
  }

  byte[] part(String name) {
    return parts.get(actual(name));
  }

  void replace(String name, byte[] content) {
    replaced.put(actual(name), content);
  }

  ContentTypes types() {
    return types;
  }

  private byte[] write(int originalSize) throws IOException {
    // Sheets add cell formats as they stream, so the parts that record them are written last.
    java.util.Set<String> last = java.util.Set.of(stylesPart, model.workbookPart,
        PartNames.relsOf(model.workbookPart), ContentTypes.NAME);
    String chainPart = partOf("calcChain");
    String calcChain = chainPart == null ? null : actual(chainPart);
    ZipWriter zip = new ZipWriter(originalSize + 16_384);
    ZipItem chain = null;
    for (ZipItem e : Zip.files(from)) {
      String name = e.name();
      SheetPatcher sp = sheets.get(name);
      if (replaced.containsKey(name) || last.contains(name)) {
        continue;
      } else if (name.equals(calcChain)) {
        chain = e; // kept or dropped once every sheet has been patched
      } else if (sp == null) {
        // Untouched: copied still compressed, byte for byte.
        zip.copy(from, e);
      } else {
        try (InputStream in = from.open(e); OutputStream out = zip.begin(name)) {
          EntryStreams.patch(sp, in, out);
        }
      }
    }
    if (chain != null) {
      keepOrDropCalcChain(chain, zip);
    }
    finishSmallParts();
    for (String name : last) {
      if (!replaced.containsKey(name) && parts.get(name) != null) {
        replaced.put(name, parts.get(name));
      }
    }
    for (var e : replaced.entrySet()) {
      zip.add(e.getKey(), e.getValue());
    }
    return zip.finish();
  }

  /**
   * Excel's calculation chain lists every formula cell; once we overwrite one it is stale and
   * Excel would repair the file, so it goes (Excel rebuilds it). Otherwise it is kept as it was.
   */
  private void keepOrDropCalcChain(ZipItem chain, ZipWriter zip) throws IOException {
    if (sheets.values().stream().anyMatch(SheetPatcher::overwroteFormula)) {
      model.workbookRels.remove(model.workbookRels.id("calcChain"));
      types.remove(chain.name());
    } else {
      zip.copy(from, chain);
    }
  }

  private String partOf(String relType) {
    String t = model.workbookRels.target(relType);
    return t == null ? null : PartNames.resolve(model.workbookPart, t);
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
      replaced.put(PartNames.relsOf(model.workbookPart), model.workbookRels.bytes());
    }
    if (types.changed()) {
      replaced.put(ContentTypes.NAME, types.bytes());
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
