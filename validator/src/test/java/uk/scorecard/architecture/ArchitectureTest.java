package uk.scorecard.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.scorecard.read.WorkbookReader;

/**
 * The validator's packages in their layers, with no cycles between them: the model at the bottom,
 * then read, check, rate, the comparison of two months, the report, the writer (which writes the
 * report into the workbook), the front door, and the command line on top; the infrastructure (zip,
 * packaging, XML, Bean Validation) only under the stages that use it; POI's types only in read and
 * write. Inside read, the container, then decoding into grids, then the tables, which see only the
 * grids.
 */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.scorecard");

  @Test
  void packagesFormNoCycle() {
    slices().matching("uk.scorecard.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void eachStageUsesOnlyTheStagesBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model")
        .definedBy("uk.scorecard.model..")
        .layer("infrastructure")
        .definedBy("uk.scorecard.zip..", "uk.scorecard.internal..")
        .layer("rules")
        .definedBy("uk.scorecard.rules..")
        .layer("read")
        .definedBy("uk.scorecard.read..")
        .layer("check")
        .definedBy("uk.scorecard.check..")
        .layer("rate")
        .definedBy("uk.scorecard.rate..")
        .layer("compare")
        .definedBy("uk.scorecard.compare..")
        .layer("write")
        .definedBy("uk.scorecard.write..")
        .layer("report")
        .definedBy("uk.scorecard.report..")
        .layer("front door")
        .definedBy("uk.scorecard")
        .layer("cli")
        .definedBy("uk.scorecard.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("front door")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("write")
        .mayOnlyBeAccessedByLayers("front door")
        .whereLayer("report")
        .mayOnlyBeAccessedByLayers("write", "front door", "cli")
        .whereLayer("compare")
        .mayOnlyBeAccessedByLayers("write", "report", "front door", "cli")
        .whereLayer("rate")
        .mayOnlyBeAccessedByLayers("compare", "write", "report", "front door")
        .whereLayer("check")
        .mayOnlyBeAccessedByLayers("rate", "report", "front door", "cli")
        .whereLayer("read")
        .mayOnlyBeAccessedByLayers("check", "report", "front door")
        .whereLayer("rules")
        .mayOnlyBeAccessedByLayers("read", "check", "rate", "front door", "cli")
        .whereLayer("infrastructure")
        .mayOnlyBeAccessedByLayers("rules", "read", "check", "report", "write")
        .check(MAIN);
  }

  @Test
  void eachFormatIsWrittenOnItsOwnFromOnePlan() {
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.write.xlsx..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.scorecard.write.xls..")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.write.xls..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.scorecard.write.xlsx..")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.write.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi.hssf..")
        .check(MAIN);
  }

  @Test
  void poiTypesStayInReadAndWrite() {
    noClasses()
        .that()
        .resideOutsideOfPackages("uk.scorecard.read..", "uk.scorecard.write..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi..")
        .check(MAIN);
  }

  @Test
  void readIsTheContainerThenDecodingIntoGridsThenTables() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("container")
        .definedBy("uk.scorecard.read.container..")
        .layer("grid")
        .definedBy("uk.scorecard.read.grid..")
        .layer("decoding")
        .definedBy("uk.scorecard.read.xlsx..", "uk.scorecard.read.xls..")
        .layer("tables")
        .definedBy("uk.scorecard.read")
        .whereLayer("tables")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("decoding")
        .mayOnlyBeAccessedByLayers("tables")
        .whereLayer("grid")
        .mayOnlyBeAccessedByLayers("decoding", "tables")
        .whereLayer("container")
        .mayOnlyBeAccessedByLayers("decoding", "tables")
        .check(MAIN);
  }

  @Test
  void eachFormatIsDecodedOnItsOwn() {
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.read.xlsx..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.scorecard.read.xls")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.read.xls")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("uk.scorecard.read.xlsx..")
        .check(MAIN);
  }

  @Test
  void tablesAreReadFromGridsAloneAndOnlyTheFrontDoorReachesTheDecoders() {
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.read")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.poi..",
            "org.apache.xmlbeans..",
            "org.openxmlformats..",
            "javax.xml..",
            "org.xml..",
            "org.w3c..",
            "uk.scorecard.zip..",
            "uk.scorecard.internal.opc..",
            "uk.scorecard.internal.xml..")
        .check(MAIN);
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.read")
        .and()
        .doNotBelongToAnyOf(WorkbookReader.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "uk.scorecard.read.container..", "uk.scorecard.read.xlsx..", "uk.scorecard.read.xls..")
        .check(MAIN);
  }

  @Test
  void theGridIsFreeOfPoi() {
    noClasses()
        .that()
        .resideInAPackage("uk.scorecard.read.grid..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.poi..")
        .check(MAIN);
  }
}
