package uk.scorecard.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import uk.scorecard.internal.xml.SafeXml;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.container.PackageZip;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.SavedDate;
import uk.scorecard.read.grid.Sheets;

/**
 * The fast way through an ordinary xlsx: parts are inflated from the zip only as they are read, a
 * sheet with no indicator header in its first {@value #HEADER_SCAN_ROWS} rows (as the caller's
 * {@link HeaderProbe} tells) is read no further (a data sheet costs the same whatever its length),
 * and only the shared strings of the cells kept are looked up. Anything unusual or damaged gives
 * {@code null}, and POI's package reader reads the workbook instead, refusing it with its reason if
 * it must.
 */
final class StreamingXlsx {

  /** Rows of a sheet searched for an indicator header before the sheet is left unread. */
  static final int HEADER_SCAN_ROWS = 1_000;

  private final PackageZip zip;
  private final WorkbookParts parts;
  private final Limits limits;
  private final CellFormats formats;
  private final HeaderProbe probe;

  private StreamingXlsx(PackageZip zip, WorkbookParts parts, Limits limits, HeaderProbe probe)
      throws IOException, XMLStreamException {
    this.zip = zip;
    this.parts = parts;
    this.limits = limits;
    this.probe = probe;
    if (parts.styles() == null) {
      this.formats = CellFormats.NONE;
    } else {
      try (InputStream in = zip.open(parts.styles())) {
        this.formats = CellFormats.parse(in);
      }
    }
  }

  /** Every sheet as a grid, or null when POI's reader should read this package instead. */
  static @Nullable Sheets read(byte[] bytes, Limits limits, HeaderProbe probe) {
    try {
      PackageZip zip = PackageZip.open(bytes);
      WorkbookParts parts = WorkbookParts.of(zip);
      return parts == null ? null : new StreamingXlsx(zip, parts, limits, probe).sheets();
    } catch (Limits.Exceeded e) {
      throw e;
    } catch (IOException
        | XMLStreamException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      // Damaged or unusual: POI reads it again and says precisely what is wrong.
      return null;
    }
  }

  private Sheets sheets()
      throws IOException, XMLStreamException, SAXException, ParserConfigurationException {
    List<XlsxSheetHandler> first = new ArrayList<>();
    for (WorkbookParts.Sheet s : parts.sheets()) {
      limits.checkSheets(first.size() + 1);
      first.add(parse(s, HEADER_SCAN_ROWS));
    }
    resolve(first);
    List<Grid> grids = new ArrayList<>();
    List<XlsxSheetHandler> again = new ArrayList<>();
    for (int i = 0; i < first.size(); i++) {
      XlsxSheetHandler h = first.get(i);
      boolean rules = parts.sheets().get(i).name().equals(parts.rulesSheet());
      if (h.stopped() && (rules || probe.hasHeader(h.grid(), parts.date1904()))) {
        // A table in a long sheet (or our Rules sheet, whose lines are read back): read the whole
        // sheet after all, its first rows counted once.
        limits.forget(h.cellsCounted(), h.textCounted());
        h = parse(parts.sheets().get(i), Integer.MAX_VALUE);
        again.add(h);
      }
      grids.add(h.grid());
    }
    resolve(again);
    return new Sheets(parts.format(), parts.date1904(), grids, saved(), parts.rulesSheet());
  }

  /** The day the core properties say the workbook was saved; unreadable ones say nothing. */
  private java.time.@Nullable LocalDate saved() {
    if (parts.core() == null) {
      return null;
    }
    try (InputStream in = zip.open(parts.core())) {
      return SavedDate.fromCore(in);
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return null;
    }
  }

  private XlsxSheetHandler parse(WorkbookParts.Sheet sheet, int rowLimit)
      throws IOException, SAXException, ParserConfigurationException {
    XlsxSheetHandler handler =
        new XlsxSheetHandler(new Grid(sheet.name()), formats, limits, rowLimit);
    try (InputStream in = zip.open(sheet.part())) {
      XMLReader xml = SafeXml.saxReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(in));
    } catch (XlsxSheetHandler.Stop stop) {
      // The rest of the sheet is not needed unless a header turned up above the limit.
    }
    return handler;
  }

  private void resolve(List<XlsxSheetHandler> handlers) throws IOException, XMLStreamException {
    int[] wanted =
        handlers.stream()
            .flatMapToInt(XlsxSheetHandler::sharedIndices)
            .distinct()
            .sorted()
            .toArray();
    Map<Integer, String> strings =
        parts.sharedStrings() == null
            ? Map.of()
            : SharedStrings.read(() -> zip.open(parts.sharedStrings()), wanted);
    for (XlsxSheetHandler h : handlers) {
      h.resolve(strings::get);
    }
  }
}
