package uk.scorecard.read.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.xmlbeans.XmlException;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDefinedName;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import uk.scorecard.internal.xml.SafeXml;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.container.PackageGuard;
import uk.scorecard.read.container.Refusals;
import uk.scorecard.read.grid.Grid;
import uk.scorecard.read.grid.SavedDate;
import uk.scorecard.read.grid.Sheets;

/**
 * Reads an .xlsx, .xlsm or .xltx package sheet by sheet: ordinary packages the fast way ({@link
 * StreamingXlsx}), anything else with POI's package reader, which also gives the reason when a
 * package must be refused.
 */
public final class XlsxSource {

  private XlsxSource() {}

  /** Every worksheet as a grid, once {@link PackageGuard} has passed the package. */
  public static Sheets read(byte[] bytes, Limits limits, HeaderProbe probe)
      throws WorkbookRefusedException {
    PackageGuard.Inspection guard = PackageGuard.inspectAlongside(bytes);
    Sheets fast;
    try {
      fast = StreamingXlsx.read(bytes, limits, probe);
    } finally {
      // The guard's refusal wins over whatever the reader met: the same reason as if it ran first.
      guard.verdict();
    }
    // The fast reader may have counted cells before it gave up: POI starts the count afresh.
    return fast != null ? fast : readWithPoi(bytes, new Limits());
  }

  /** Every worksheet as a grid, read by POI's package reader; refuses with POI's reason. */
  public static Sheets readWithPoi(byte[] bytes, Limits limits) throws WorkbookRefusedException {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
      Format format = format(mainPart(pkg));
      XSSFReader reader = new XSSFReader(pkg, true);
      CTWorkbook book = workbook(reader);
      boolean date1904 =
          book != null && book.getWorkbookPr() != null && book.getWorkbookPr().getDate1904();
      CellFormats formats = CellFormats.of(reader.getStylesTable());
      List<Grid> grids = new ArrayList<>();
      List<XlsxSheetHandler> handlers = new ArrayList<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          limits.checkSheets(grids.size() + 1);
          Grid grid = new Grid(it.getSheetName());
          XlsxSheetHandler handler = new XlsxSheetHandler(grid, formats, limits, Integer.MAX_VALUE);
          parse(in, handler);
          handlers.add(handler);
          grids.add(grid);
        }
      }
      // Shared strings are read the one way the fast reader reads them, not by POI's table.
      int[] wanted =
          handlers.stream()
              .flatMapToInt(XlsxSheetHandler::sharedIndices)
              .distinct()
              .sorted()
              .toArray();
      Map<Integer, String> strings =
          hasSharedStrings(pkg)
              ? SharedStrings.read(() -> sharedStrings(reader), wanted)
              : Map.of();
      handlers.forEach(h -> h.resolve(strings::get));
      return new Sheets(format, date1904, grids, saved(pkg), rulesSheet(book));
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | POIXMLException
        | javax.xml.stream.XMLStreamException
        | ParserConfigurationException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw Refusals.of(e);
    }
  }

  /** The day the package's core properties say it was saved, or null. */
  private static java.time.@Nullable LocalDate saved(OPCPackage pkg) {
    try {
      return SavedDate.of(pkg.getPackageProperties().getModifiedProperty().orElse(null));
    } catch (RuntimeException | OpenXML4JException e) {
      return null;
    }
  }

  private static InputStream sharedStrings(XSSFReader reader) throws IOException {
    try {
      return reader.getSharedStringsData();
    } catch (OpenXML4JException e) {
      throw new IOException("the shared strings cannot be read", e);
    }
  }

  /** Whether the workbook names a shared-strings part, by relationship as every part is found. */
  private static boolean hasSharedStrings(OPCPackage pkg) throws OpenXML4JException {
    PackagePart main =
        pkg.getPart(
            pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0));
    return main != null
        && !main.getRelationshipsByType(
                org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getRelation())
            .isEmpty();
  }

  private static void parse(InputStream in, XlsxSheetHandler handler)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader xml = SafeXml.saxReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  private static PackagePart mainPart(OPCPackage pkg) throws WorkbookRefusedException {
    PackageRelationshipCollection rels =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (rels.isEmpty()
        && !pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
      // POI reads Strict packages only in part (their styles fail): say so rather than "damaged".
      throw new WorkbookRefusedException(
          Reason.UNSUPPORTED_FORMAT,
          "Strict Open XML workbooks"
              + " are not supported: in Excel, save it as an Excel Workbook (.xlsx) and try again");
    }
    PackagePart part = rels.isEmpty() ? null : pkg.getPart(rels.getRelationship(0));
    if (part == null) {
      throw new WorkbookRefusedException(
          Reason.NOT_A_SPREADSHEET,
          "not a spreadsheet: the file is a zip package with no workbook in it");
    }
    return part;
  }

  private static Format format(PackagePart workbook) throws WorkbookRefusedException {
    String type = workbook.getContentType();
    if (type.contains("binary")) {
      throw new WorkbookRefusedException(
          Reason.UNSUPPORTED_FORMAT,
          "Excel binary workbooks (.xlsb) are not supported: save it as .xlsx and try again");
    }
    if (!type.contains("spreadsheetml")
        && !type.contains("ms-excel")
        && !workbook.getPartName().getName().startsWith("/xl/")) {
      throw new WorkbookRefusedException(
          Reason.NOT_A_SPREADSHEET,
          "not a spreadsheet: this is an Office document of another kind (" + kind(type) + ")");
    }
    if (type.contains("macroEnabled")) {
      return Format.XLSM;
    }
    return type.contains("template") ? Format.XLTX : Format.XLSX;
  }

  private static String kind(String contentType) {
    if (contentType.contains("wordprocessing")) {
      return "a Word document";
    }
    return contentType.contains("presentation") ? "a PowerPoint file" : "not a workbook";
  }

  /** The workbook part parsed, or null when it cannot be parsed here. */
  private static @Nullable CTWorkbook workbook(XSSFReader reader) {
    try (InputStream in = reader.getWorkbookData()) {
      return WorkbookDocument.Factory.parse(in).getWorkbook();
    } catch (IOException | XmlException | OpenXML4JException e) {
      // A workbook.xml we cannot parse here fails again, with a reason, when its sheets are read.
      return null;
    }
  }

  /** The sheet our Rules sheet's hidden name is scoped to, or null. */
  private static @Nullable String rulesSheet(@Nullable CTWorkbook book) {
    if (book == null || book.getDefinedNames() == null || book.getSheets() == null) {
      return null;
    }
    List<String> tabs = new ArrayList<>();
    for (CTSheet s : book.getSheets().getSheetArray()) {
      tabs.add(s.getName());
    }
    for (CTDefinedName n : book.getDefinedNames().getDefinedNameArray()) {
      String id = n.isSetLocalSheetId() ? Long.toString(n.getLocalSheetId()) : null;
      String found = RulesMark.scoped(n.getName(), id, tabs);
      if (found != null) {
        return found;
      }
    }
    return null;
  }
}
