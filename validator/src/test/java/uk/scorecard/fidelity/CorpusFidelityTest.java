package uk.scorecard.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.model.WorkbookRefusedException;

/**
 * Rates real feature-rich workbooks from the shared corpus and proves nothing was lost: every part
 * and cell we did not mean to change is as it was, a second run changes nothing, the format is
 * kept, and LibreOffice and POI open the result. A file we refuse says why in one line. Skips each
 * file when the corpus is absent.
 *
 * <p>A workbook with no indicator table is still written: its own parts and cells come back
 * unchanged and a Checks sheet is added that says no table was found. None of these files holds an
 * indicator table, so each is also rated with a small table grafted below the data of its first
 * worksheet: then the tool writes Change, RAG and Caveat into a sheet full of features.
 */
class CorpusFidelityTest {

  /** The options the suite rates with; its Live subclass runs it again with --live. */
  Options options() {
    return Options.DEFAULT;
  }

  /** One corpus file: what it exercises, and null or the refusal we expect instead. */
  record Case(String file, String feature, String refusal, boolean deep) {
    static Case kept(String file, String feature) {
      return new Case(file, feature, null, false);
    }

    /**
     * Kept, but its first sheet is so long that a table grafted below its data starts past the rows
     * searched for a header (see StreamingXlsx.HEADER_SCAN_ROWS): it is copied, not read.
     */
    static Case keptDeep(String file, String feature) {
      return new Case(file, feature, null, true);
    }

    static Case refused(String file, String feature, String reason) {
      return new Case(file, feature, reason, false);
    }
  }

  static final List<Case> CASES =
      List.of(
          Case.kept("robustness/123233_charts.xlsx", "charts; parts named Sheet1.xml, not sheet1"),
          Case.kept("robustness/WithChart.xlsx", "a chart"),
          Case.kept("robustness/WithThreeCharts.xlsx", "three charts"),
          Case.kept("robustness/WithChartSheet.xlsx", "a chart sheet"),
          Case.kept("robustness/ExcelPivotTableSample.xlsx", "a pivot table"),
          Case.kept("robustness/ExcelTables.xlsx", "tables"),
          Case.kept("robustness/ConditionalFormattingSamples.xlsx", "icon sets, data bars, scales"),
          Case.kept("robustness/NewStyleConditionalFormattings.xlsx", "2010 data bars, icon sets"),
          Case.kept("robustness/WithConditionalFormatting.xlsx", "conditional formatting"),
          Case.kept("robustness/DataValidationEvaluations.xlsx", "data validation"),
          Case.kept("robustness/dataValidationTableRange.xlsx", "validation over a table"),
          Case.kept("robustness/SimpleWithComments.xlsx", "comments"),
          Case.kept("robustness/commentTest.xlsx", "comments with drawings"),
          Case.kept("robustness/SimpleMacro.xlsm", "a VBA macro"),
          Case.kept("robustness/ExcelWithAttachments.xlsm", "macros and embedded files"),
          Case.kept("robustness/xlmmacro.xlsm", "an XLM macro sheet"),
          Case.kept("robustness/TwoSheetsOneHidden.xlsx", "a hidden sheet"),
          Case.kept("robustness/right-to-left.xlsx", "right-to-left sheets"),
          Case.kept("robustness/unicodeSheetName.xlsx", "a unicode sheet name"),
          Case.kept("robustness/link-external-workbook-a.xlsx", "an external link"),
          Case.kept("robustness/sheetProtection_allLocked.xlsx", "sheet protection"),
          Case.kept(
              "robustness/workbookProtection_workbook_structure_protected.xlsx",
              "workbook structure protection"),
          Case.kept("robustness/SheetTabColors.xlsx", "tab colours"),
          Case.keptDeep("robustness/57893-many-merges.xlsx", "50,000 rows, thousands of merges"),
          Case.kept("robustness/SampleSS.xls", "legacy .xls"),
          Case.kept("robustness/1904DateWindowing.xls", "legacy .xls, 1904 dates"),
          Case.kept(
              "layouts/S02_dft-bcompiler_GMPP_Template_Q2_1617_DfT.xlsx", "a government return"),
          Case.refused("robustness/protect.xlsx", "an encrypted package", "password"),
          Case.refused("robustness/password.xls", "a password-protected .xls", "password"),
          Case.refused("robustness/xor-encryption-abc.xls", "XOR-encrypted .xls", "password"));

  private final Scorecard scorecard = new Scorecard();

  @TestFactory
  Stream<DynamicTest> everyCorpusFileKeepsWhatWeDidNotMeanToChange() {
    return CASES.stream()
        .map(c -> DynamicTest.dynamicTest(c.file() + " (" + c.feature() + ")", () -> run(c)));
  }

  private void run(Case c) throws Exception {
    byte[] original = Corpus.read(c.file());
    Input input = new Input(c.file(), original);
    if (c.refusal() != null) {
      var e =
          catchThrowableOfType(
              WorkbookRefusedException.class, () -> scorecard.rate(input, options()));
      assertThat(e).as("%s should be refused", c.file()).isNotNull();
      assertThat(e.getMessage()).containsIgnoringCase(c.refusal()).doesNotContain("\n");
      return;
    }
    Rated rated = scorecard.rate(input, options());
    new FidelityChecks(c.file(), original, rated).all(rerate(c.file(), rated.bytes()));
  }

  @TestFactory
  Stream<DynamicTest> writingIntoAFeatureRichSheetKeepsTheRest() {
    return CASES.stream()
        .filter(c -> c.refusal() == null)
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.file() + " with a table (" + c.feature() + ")",
                    () -> {
                      String[] sheet = new String[1];
                      byte[] original = Graft.table(Corpus.read(c.file()), sheet);
                      Rated rated = scorecard.rate(new Input(c.file(), original), options());
                      assertThat(rated.report().indicators())
                          .as("indicators read from %s", sheet[0])
                          .hasSize(c.deep() ? 0 : 2)
                          .allMatch(i -> i.sheet().equals(sheet[0]));
                      new FidelityChecks(c.file(), original, rated)
                          .all(rerate(c.file(), rated.bytes()));
                    }));
  }

  private byte[] rerate(String name, byte[] once) throws WorkbookRefusedException {
    return scorecard.rate(new Input(name, once), options()).bytes();
  }
}
