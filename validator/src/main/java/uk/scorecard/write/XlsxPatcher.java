package uk.scorecard.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import uk.scorecard.report.Report;

/**
 * Patches an OOXML package: every part we do not change is copied as it is; the rated sheets are
 * streamed through {@link SheetPatcher}; small parts (styles, notes, relationships) are edited.
 */
final class XlsxPatcher {

  private final Map<String, byte[]> parts;
  private final PackageModel model;
  private final ContentTypes types;
  private final Styles styles;
  private final String stylesPart;
  private final Map<String, byte[]> replaced = new LinkedHashMap<>();
  private final Map<String, SheetPatcher> sheets = new HashMap<>();

  private XlsxPatcher(byte[] original) throws IOException {
    this.parts = Zip.read(original, XlsxPatcher::isSmallPart);
    this.model = PackageModel.of(parts);
    this.types = ContentTypes.of(parts.get(ContentTypes.NAME));
    String sp = model.stylesPart();
    this.stylesPart = sp != null ? sp : freeName("xl/styles", ".xml");
    this.styles = Styles.of(sp == null ? null : parts.get(sp));
  }

  /** The patched package's bytes. */
  static byte[] patch(byte[] original, Plan plan, Report report) throws IOException {
    XlsxPatcher p = new XlsxPatcher(original);
    for (var e : p.model.sheetParts.entrySet()) {
      if (plan.touches(e.getKey())) {
        p.prepareSheet(e.getKey(), e.getValue(), plan);
      }
    }
    p.checksSheet(original, report);
    return p.write(original);
  }

  private static boolean isSmallPart(String name) {
    return name.endsWith(".rels") || name.equals(ContentTypes.NAME) || name.endsWith("styles.xml")
        || name.endsWith("workbook.xml") || name.matches("(?i).*comments\\d*\\.xml")
        || name.toLowerCase().endsWith(".vml");
  }

  private void prepareSheet(String name, String part, Plan plan) throws IOException {
    String relsName = PartNames.relsOf(part);
    Rels rels = Rels.of(parts.get(relsName));
    String legacyId = new NotesPatch(this, part, rels).apply(plan.notes(name));
    if (rels.changed()) {
      replaced.put(relsName, rels.bytes());
    }
    sheets.put(part, new SheetPatcher(plan.cells(name), plan.widths(name), styles, legacyId));
  }

  private void checksSheet(byte[] original, Report report) throws IOException {
    ChecksPlacement place = ChecksPlacement.find(model, original);
    byte[] xml = ChecksSheetXml.render(ChecksContent.rows(report), styles, model.mainNamespace());
    String part = place.part();
    if (part == null) {
      part = freeName("xl/worksheets/sheet", ".xml");
      model.addSheet(place.name(), part);
      types.override(part, ContentTypes.WORKSHEET);
    }
    replaced.put(part, xml);
  }

  /** A part name that no entry has yet: {@code prefix + n + suffix}. */
  String freeName(String prefix, String suffix) {
    int n = 1;
    while (parts.containsKey(prefix + n + suffix) || replaced.containsKey(prefix + n + suffix)) {
      n++;
    }
    return prefix + n + suffix;
  }

  byte[] part(String name) {
    return parts.get(name);
  }

  void replace(String name, byte[] content) {
    replaced.put(name, content);
  }

  ContentTypes types() {
    return types;
  }

  private byte[] write(byte[] original) throws IOException {
    // Sheets add cell formats as they stream, so the parts that record them are written last.
    java.util.Set<String> last = java.util.Set.of(stylesPart, model.workbookPart,
        PartNames.relsOf(model.workbookPart), ContentTypes.NAME);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(original.length + 16_384);
    try (ZipFile from = Zip.open(original);
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
      for (ZipArchiveEntry e : Zip.files(from)) {
        String name = e.getName();
        SheetPatcher sp = sheets.get(name);
        if (replaced.containsKey(name) || last.contains(name)) {
          continue;
        } else if (sp == null) {
          // Untouched: copied still compressed, byte for byte.
          Zip.copyRaw(from, e, zip);
        } else {
          zip.putArchiveEntry(new ZipArchiveEntry(name));
          try (InputStream in = from.getInputStream(e)) {
            patchSheet(sp, in, zip);
          }
          zip.closeArchiveEntry();
        }
      }
      finishSmallParts();
      for (String name : last) {
        if (!replaced.containsKey(name) && parts.get(name) != null) {
          replaced.put(name, parts.get(name));
        }
      }
      for (var e : replaced.entrySet()) {
        zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeArchiveEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void patchSheet(SheetPatcher sp, InputStream in, OutputStream out)
      throws IOException {
    // The writer's many small writes are buffered: the deflater is slow when fed a few bytes.
    OutputStream buffered = new java.io.BufferedOutputStream(new NonClosing(out), 1 << 16);
    try {
      // The XML parser closes its input at the end of the document; the zip stream must stay open.
      sp.patch(new java.io.FilterInputStream(in) {
        @Override
        public void close() { }
      }, buffered);
      buffered.flush();
    } catch (XMLStreamException e) {
      throw new IOException("could not rewrite a worksheet: " + e.getMessage(), e);
    }
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

  /** Keeps the XML writer from closing the zip stream under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }
}
