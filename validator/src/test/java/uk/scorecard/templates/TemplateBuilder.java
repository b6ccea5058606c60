package uk.scorecard.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds the published templates and the demo sample; main writes them into a directory. */
public final class TemplateBuilder {
  /** The monthly template's path under the output directory. */
  public static final String MONTHLY = "scorecard-template.xlsx";

  /** The quarterly template's path under the output directory. */
  public static final String QUARTERLY = "scorecard-template-quarterly.xlsx";

  /** The demo sample's path under the output directory. */
  public static final String SAMPLE = "samples/sample-scorecard.xlsx";

  private static final String TEMPLATE_HINT =
      "Example figures: replace them with your own. "
          + "Leave Change and RAG blank; the scorecard tool fills them in. See the About sheet.";
  private static final String SAMPLE_HINT =
      "Sample with fictional figures, for demonstrations " + "only. See the About sheet.";
  private static final Date FIXED_DATE = Date.from(Instant.parse("2025-04-01T00:00:00Z"));

  private TemplateBuilder() {}

  /** Writes the three workbooks into {@code args[0]}, default {@code workbook-templates}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "workbook-templates");
    write(monthly(), dir.resolve(MONTHLY));
    write(quarterly(), dir.resolve(QUARTERLY));
    write(sample(), dir.resolve(SAMPLE));
  }

  /** The monthly template: six months, Oct-24 to Mar-25, as real date headers. */
  public static XSSFWorkbook monthly() {
    return build(months(LocalDate.of(2024, 10, 1), 6), TEMPLATE_HINT, TemplateExamples.lines(6));
  }

  /** The quarterly template: Q1 to Q4 2024/25 as text headers. */
  public static XSSFWorkbook quarterly() {
    List<Object> quarters = List.of("Q1 2024/25", "Q2 2024/25", "Q3 2024/25", "Q4 2024/25");
    return build(quarters, TEMPLATE_HINT, TemplateExamples.lines(4));
  }

  /** The demo sample: 13 months, Mar-24 to Mar-25, with one deliberate impossible value. */
  public static XSSFWorkbook sample() {
    return build(months(LocalDate.of(2024, 3, 1), 13), SAMPLE_HINT, SampleIndicators.lines());
  }

  private static XSSFWorkbook build(List<Object> periods, String hint, List<SheetLine> lines) {
    XSSFWorkbook wb = new XSSFWorkbook();
    TemplateStyles styles = new TemplateStyles(wb);
    new ScorecardSheet(wb, styles, periods).write(hint, lines);
    AboutSheet.write(wb, styles);
    wb.setActiveSheet(0);
    fixProperties(wb.getProperties());
    return wb;
  }

  private static List<Object> months(LocalDate first, int count) {
    List<Object> months = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      months.add(first.plusMonths(i));
    }
    return months;
  }

  /** Fixed document properties, so rebuilding gives the same file. */
  private static void fixProperties(POIXMLProperties props) {
    POIXMLProperties.CoreProperties core = props.getCoreProperties();
    core.setCreator("scorecard TemplateBuilder");
    core.setTitle("Children's services performance scorecard");
    core.setCreated(Optional.of(FIXED_DATE));
    core.setModified(Optional.of(FIXED_DATE));
  }

  private static void write(XSSFWorkbook wb, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      StableZip.copy(StableZip.bytesOf(wb), out);
    }
  }
}
