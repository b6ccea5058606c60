package uk.scorecard.write.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Options;
import uk.scorecard.check.Checker;
import uk.scorecard.fixtures.Scorecards;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.rate.Rater;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.report.Report;
import uk.scorecard.report.Results;
import uk.scorecard.write.plan.NotKept;
import uk.scorecard.write.plan.Plan;

/**
 * Injects faults into what the writer produced and shows the self-check catches each one: a write
 * in the officer's column, a dropped or altered part, a lost note, a changed style, merge,
 * validation or name. Without a fault the same check passes.
 */
class SelfCheckTest {

  private static final String SHEET = "xl/worksheets/sheet1.xml";

  @Test
  void theWritersOwnOutputPasses() throws Exception {
    Case c = Case.of(featureRich());
    assertThatCode(() -> XlsxKept.check(c.original, c.written, c.plan)).doesNotThrowAnyException();
  }

  /**
   * --live: the helper columns, their hidden widths, our formulas and the live rules are ours; so
   * they are when rating a live workbook again, whose formulas we replace.
   */
  @Test
  void theWritersLiveOutputPassesAndSoDoesItsRerun() throws Exception {
    Case live = Case.of(featureRich(), true);
    assertThatCode(() -> XlsxKept.check(live.original, live.written, live.plan))
        .doesNotThrowAnyException();
    assertThat(new String(unzip(live.written.bytes).get(SHEET), StandardCharsets.UTF_8))
        .contains("Latest figure (helper)")
        .contains("<f>");
    Case again = Case.of(live.written.bytes, true);
    assertThatCode(() -> XlsxKept.check(again.original, again.written, again.plan))
        .doesNotThrowAnyException();
  }

  @Test
  void aFaultInALiveWorkbookIsCaught() throws Exception {
    Case c = Case.of(featureRich(), true);
    c.written.bytes =
        zip(
            edit(
                unzip(c.written.bytes),
                SHEET,
                s ->
                    s.replaceFirst(
                        "(<c r=\"G5\"[^>]*?)(/>|>.*?</c>)", "<c r=\"G5\"><f>P5</f><v>3</v></c>")));
    assertThat(
            catchThrowableOfType(
                NotKept.class, () -> XlsxKept.check(c.original, c.written, c.plan)))
        .isNotNull();
  }

  @TestFactory
  Stream<DynamicTest> everyInjectedFaultIsCaught() throws Exception {
    Map<String, UnaryOperator<Map<String, byte[]>>> faults = new LinkedHashMap<>();
    // The officer's Jul-19 figure of FD 7 (G5) overwritten, as a writer a column off would do.
    faults.put(
        "a write into the officer's column",
        p ->
            edit(
                p,
                SHEET,
                s ->
                    s.replaceFirst(
                        "(<c r=\"G5\"[^>]*?)(/>|>.*?</c>)",
                        "<c r=\"G5\" t=\"inlineStr\"><is><t>Up 9pp</t></is></c>")));
    faults.put(
        "a dropped part",
        p -> {
          p.remove("docProps/app.xml");
          return p;
        });
    faults.put(
        "an untouched part altered",
        p ->
            edit(
                p,
                "docProps/app.xml",
                s -> s.replace("</Properties>", "<Company>x</Company></Properties>")));
    faults.put(
        "a lost note",
        p ->
            edit(
                p, notesPart(p), s -> s.replaceFirst("<comment [^>]*ref=\"A5\".*?</comment>", "")));
    faults.put(
        "a changed style",
        p -> edit(p, SHEET, s -> s.replaceFirst("(<c r=\"B5\"[^>]*?) s=\"\\d+\"", "$1 s=\"2\"")));
    faults.put(
        "a lost merge",
        p ->
            edit(
                p,
                SHEET,
                s -> s.replaceFirst("<mergeCell ref=\"A1:F1\"\\s*(/>|></mergeCell>)", "")));
    faults.put(
        "a lost validation",
        p -> edit(p, SHEET, s -> s.replaceFirst("<dataValidations.*?</dataValidations>", "")));
    faults.put(
        "a lost defined name",
        p ->
            edit(
                p,
                "xl/workbook.xml",
                s -> s.replaceFirst("<definedName name=\"Targets\".*?</definedName>", "")));
    faults.put(
        "a lost row", p -> edit(p, SHEET, s -> s.replaceFirst("<row r=\"20\".*?</row>", "")));
    faults.put(
        "an officer's style entry changed",
        p -> edit(p, "xl/styles.xml", s -> s.replaceFirst("<font>", "<font><b/>")));
    return faults.entrySet().stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.getKey(),
                    () -> {
                      Case c = Case.of(featureRich());
                      c.written.bytes = zip(f.getValue().apply(unzip(c.written.bytes)));
                      NotKept e =
                          catchThrowableOfType(
                              NotKept.class, () -> XlsxKept.check(c.original, c.written, c.plan));
                      assertThat(e).as("fault '%s' is caught", f.getKey()).isNotNull();
                      assertThat(e.getMessage()).doesNotContain("\n");
                    }));
  }

  @Test
  void anOfficersSheetReplacedAsTheChecksSheetIsCaught() throws Exception {
    Case c = Case.of(featureRich());
    c.written.checksSheet = SHEET;
    c.written.changedParts.add(SHEET);
    c.written.sheets.remove(SHEET);
    NotKept e =
        catchThrowableOfType(NotKept.class, () -> XlsxKept.check(c.original, c.written, c.plan));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("not ours");
  }

  /** --live writes a Rules sheet, which is ours; an officer's sheet in its place is not. */
  @Test
  void anOfficersSheetReplacedAsTheRulesSheetIsCaught() throws Exception {
    Case live = Case.of(featureRich(), true);
    assertThat(live.written.rulesSheet).isNotNull();
    assertThat(unzip(live.written.bytes)).containsKey(live.written.rulesSheet);
    live.written.rulesSheet = SHEET;
    live.written.changedParts.add(SHEET);
    live.written.sheets.remove(SHEET);
    NotKept e =
        catchThrowableOfType(
            NotKept.class, () -> XlsxKept.check(live.original, live.written, live.plan));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("Rules sheet was not ours");
  }

  /** The monthly fixture with a merged title, a validation, a name and a row below the table. */
  static byte[] featureRich() throws IOException {
    try (var wb =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new ByteArrayInputStream(Scorecards.monthly()))) {
      Sheet s = wb.getSheet("Scorecard");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
      DataValidationHelper h = s.getDataValidationHelper();
      s.addValidationData(
          h.createValidation(
              h.createExplicitListConstraint(new String[] {"Higher is better", "Lower is better"}),
              new CellRangeAddressList(4, 14, 2, 2)));
      Name n = wb.createName();
      n.setNameName("Targets");
      n.setRefersToFormula("Scorecard!$H$5:$H$15");
      s.createRow(19).createCell(0).setCellValue("Source: case management system");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** One run of the writer, stopped before the self-check. */
  private record Case(byte[] original, Written written, Plan plan) {
    static Case of(byte[] original) throws Exception {
      return of(original, false);
    }

    static Case of(byte[] original, boolean live) throws Exception {
      ReadWorkbook wb = WorkbookReader.read(original, Options.DEFAULT.rules());
      List<RatedIndicator> rated = new Rater(Options.DEFAULT.rules()).rate(wb.tables());
      Report report =
          Results.report(
              "t.xlsx",
              new Checker().check(wb, Options.DEFAULT.rules(), false).list(wb.sheetNames()),
              rated);
      Plan plan = Plan.of(rated, report.findings(), live);
      return new Case(original, XlsxPatcher.patch(original, plan, report), plan);
    }
  }

  private static String notesPart(Map<String, byte[]> parts) {
    return parts.keySet().stream().filter(n -> n.contains("comments")).findFirst().orElseThrow();
  }

  private static Map<String, byte[]> edit(
      Map<String, byte[]> parts, String name, UnaryOperator<String> change) {
    String before = new String(parts.get(name), StandardCharsets.UTF_8);
    String after = change.apply(before);
    assertThat(after).as("the fault applies to %s", name).isNotEqualTo(before);
    parts.put(name, after.getBytes(StandardCharsets.UTF_8));
    return parts;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.put(e.getName(), in.readAllBytes());
      }
    }
    return out;
  }

  private static byte[] zip(Map<String, byte[]> parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var e : parts.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
