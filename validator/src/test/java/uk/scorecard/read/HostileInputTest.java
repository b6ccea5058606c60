package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static uk.scorecard.read.container.HostilePackages.sheet;
import static uk.scorecard.read.container.HostilePackages.sst;
import static uk.scorecard.read.container.HostilePackages.workbook;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.read.container.HostilePackages;
import uk.scorecard.read.container.Limits;
import uk.scorecard.read.container.PackageGuard;
import uk.scorecard.read.container.XmlDepth;
import uk.scorecard.rules.Rules;

/** Each hostile workbook, built in code, is refused with one line naming the limit it passed. */
class HostileInputTest {

  /** Long enough to show a hang, never reached by a working reader. */
  private static final Duration HANG = Duration.ofSeconds(20);

  static Stream<Arguments> hostile() {
    return Stream.of(
        hostile(
            "zip bomb",
            HostileFiles::zipBomb,
            Reason.TOO_LARGE,
            "the workbook is too large to check: part 'xl/worksheets/sheet1.xml' unpacks to more"
                + " than 100 times its packed size (the limit is 100:1; a possible zip bomb)"),
        hostile(
            "too many parts",
            HostileFiles::manyParts,
            Reason.TOO_LARGE,
            "the workbook is too large to check: it has more than 1,000 parts (the limit is"
                + " 1,000)"),
        hostile(
            "file too large",
            () -> HostileFiles.padded(new byte[] {0x50, 0x4B, 3, 4}, 50),
            Reason.TOO_LARGE,
            "the workbook is too large to check: the file is 50.0 MB (the limit for .xlsx is"
                + " 50 MB)"),
        hostile(
            ".xls too large",
            () ->
                HostileFiles.padded(
                    new byte[] {
                      (byte) 0xD0,
                      (byte) 0xCF,
                      0x11,
                      (byte) 0xE0,
                      (byte) 0xA1,
                      (byte) 0xB1,
                      0x1A,
                      (byte) 0xE1
                    },
                    10),
            Reason.TOO_LARGE,
            "the workbook is too large to check: the file is 10.0 MB (the limit for .xls is 10 MB)"),
        hostile(
            "entity expansion",
            HostileFiles::billionLaughs,
            Reason.CORRUPT,
            "the workbook contains XML we do not accept: part 'xl/sharedStrings.xml' declares a"
                + " document type (DOCTYPE), which Excel never writes and XML attacks rely on"),
        hostile(
            "external entity",
            HostileFiles::externalEntity,
            Reason.CORRUPT,
            "the workbook contains XML we do not accept: part 'xl/worksheets/sheet1.xml' declares"
                + " a document type (DOCTYPE), which Excel never writes and XML attacks rely on"),
        hostile(
            "DOCTYPE in UTF-16",
            HostileFiles::utf16Doctype,
            Reason.CORRUPT,
            "the workbook contains XML we do not accept: part 'xl/worksheets/sheet1.xml' declares"
                + " a document type (DOCTYPE), which Excel never writes and XML attacks rely on"),
        hostile(
            "XML 1.1",
            () ->
                workbook(1, "")
                    .put(
                        "xl/worksheets/sheet1.xml",
                        sheet("").replace("version=\"1.0\"", "version=\"1.1\""))
                    .bytes(),
            Reason.UNSUPPORTED_FORMAT,
            "part 'xl/worksheets/sheet1.xml' is XML 1.1, which Excel"
                + " never writes: open the workbook in Excel, save it as .xlsx and try again"),
        hostile(
            "parts differing only in case",
            () -> workbook(1, "").put("XL/Worksheets/Sheet1.xml", sheet("")).bytes(),
            Reason.CORRUPT,
            "the workbook is damaged: it holds two parts named 'XL/Worksheets/Sheet1.xml' and"
                + " 'xl/worksheets/sheet1.xml', and Excel treats part names without regard to case"),
        hostile(
            "huge inline string",
            () ->
                workbook(
                        1,
                        row(
                            "<c r=\"A1\" t=\"inlineStr\"><is><t>"
                                + "x".repeat(Limits.MAX_TEXT + 1)
                                + "</t></is></c>"))
                    .bytes(),
            Reason.TOO_LARGE,
            "the workbook is too large to check: it has a cell with at least 100,001 characters"
                + " (the limit is 100,000)"),
        hostile(
            "huge shared string",
            () ->
                workbook(1, row("<c r=\"A1\" t=\"s\"><v>0</v></c>"))
                    .put("xl/sharedStrings.xml", sst(HostileFiles.incompressible(200_000)))
                    .bytes(),
            Reason.TOO_LARGE,
            "the workbook is too large to check: it has a cell with at least 200,000 characters"
                + " (the limit is 100,000)"),
        hostile(
            "long formula",
            () ->
                workbook(
                        1,
                        row(
                            "<c r=\"A1\"><f>"
                                + "1+".repeat(Limits.MAX_FORMULA / 2)
                                + "1</f><v>1</v></c>"))
                    .bytes(),
            Reason.TOO_LARGE,
            "the workbook is too large to check: it has a formula with at least 16,385 characters"
                + " (the limit is 16,384)"),
        hostile(
            "too many sheets",
            () -> workbook(Limits.MAX_SHEETS + 1, "").bytes(),
            Reason.TOO_LARGE,
            "the workbook is too large to check: it has more than 500 sheets"
                + " (the limit is 500)"),
        hostile(
            "one part too large",
            HostileFiles::largePart,
            Reason.TOO_LARGE,
            "the workbook is too large to check: part 'xl/media/big.bin' unpacks to more than"
                + " 100 MB (the limit for one part is 100 MB)"),
        hostile(
            "too much text",
            () ->
                workbook(1, row(("<c t=\"s\"><v>0</v></c>").repeat(201)))
                    .put("xl/sharedStrings.xml", sst("z".repeat(Limits.MAX_TEXT - 1)))
                    .bytes(),
            Reason.TOO_LARGE,
            "the workbook is too large to check: it has more than 20,000,000"
                + " characters of text in its cells (the limit is 20,000,000)"),
        hostile(
            "nesting too deep",
            () -> CostlyShapes.deepNesting(1, XmlDepth.MAX_DEPTH - 2),
            Reason.CORRUPT,
            "the workbook contains XML we do not accept: part"
                + " 'xl/worksheets/sheet1.xml' nests elements more than 256 deep, which Excel never"
                + " does"),
        hostile(
            "too many cells",
            HostileFiles::manyCells,
            Reason.TOO_LARGE,
            "the workbook is too large to check: it has more than 1,000,000 cells (the limit is"
                + " 1,000,000)"));
  }

  /** The hostile zip packages small enough to be inspected before they are read. */
  static Stream<Arguments> smallPackages() {
    Set<String> large =
        Set.of("file too large", ".xls too large", "one part too large", "too many cells");
    return hostile().filter(a -> !large.contains((String) a.get()[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void isRefusedWithTheLimitNamed(
      String name, Supplier<byte[]> file, Reason reason, String message) {
    byte[] bytes = file.get();
    WorkbookRefusedException e =
        assertTimeoutPreemptively(
            HANG,
            () ->
                catchThrowableOfType(
                    WorkbookRefusedException.class, () -> WorkbookReader.read(bytes, Rules.NONE)));
    assertThat(e).as(name + " is refused").isNotNull();
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.reason()).isEqualTo(reason);
  }

  /**
   * A large package is inspected while the reader reads it: the refusal must be the same as when
   * the inspection runs first. Each small hostile package is made large with an image part.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("smallPackages")
  void isRefusedTheSameWayWhenInspectedAlongsideTheReader(
      String name, Supplier<byte[]> file, Reason reason, String message) throws Exception {
    byte[] small = file.get();
    assertThat(small.length).isLessThan(PackageGuard.ALONGSIDE_FROM);
    byte[] large = HostileFiles.withLargeImage(small);
    assertThat(large.length).isGreaterThanOrEqualTo(PackageGuard.ALONGSIDE_FROM);

    isRefusedWithTheLimitNamed(name, () -> large, reason, message);
  }

  @Test
  void anExternalEntityInAPartNamedLikeAnImageIsNeverFetched() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String xml =
          "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"http://127.0.0.1:"
              + listener.getLocalPort()
              + "/x\">]><worksheet xmlns=\""
              + HostilePackages.MAIN
              + "\">"
              + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Ref &x;</t></is></c></row>"
              + "</sheetData></worksheet>";
      HostilePackages p = workbook(1, "").put("xl/media/image1.svg", xml);
      p.put(
          "xl/_rels/workbook.xml.rels",
          new String(p.part("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
              .replace("worksheets/sheet1.xml", "media/image1.svg"));
      p.put(
          "[Content_Types].xml",
          new String(p.part("[Content_Types].xml"), StandardCharsets.UTF_8)
              .replace(
                  "<Default ",
                  "<Default Extension=\"svg\" ContentType=\"application/xml\"/><Default "));
      WorkbookRefusedException refused =
          catchThrowableOfType(
              WorkbookRefusedException.class, () -> WorkbookReader.read(p.bytes(), Rules.NONE));
      // Our package check lets images through; POI's own parser then refuses the DTD.
      assertThat(refused).isNotNull();
      assertThat(refused.getMessage()).contains("document type declaration");
      listener.setSoTimeout(200);
      assertThatThrownBy(listener::accept)
          .as("a connection to the entity's address")
          .isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void aNumberWithAHugeExponentIsReadAsTextNotExpanded() {
    byte[] bytes =
        workbook(
                1,
                row("<c r=\"A1\"><v>1E100000069</v></c>" + "<c r=\"B1\"><v>-1e-2147483647</v></c>"))
            .bytes();
    ReadWorkbook wb = assertTimeoutPreemptively(HANG, () -> WorkbookReader.read(bytes, Rules.NONE));
    assertThat(wb.sheetNames()).containsExactly("S1");
  }

  @Test
  void aLongRunOfDigitsIsReadInLinearTime() {
    String digits = "9".repeat(Limits.MAX_TEXT - 1) + "x";
    assertThat(assertTimeoutPreemptively(HANG, () -> ValueReader.text(digits, null)))
        .isInstanceOf(uk.scorecard.model.Reading.Other.class);
    String marks = "*".repeat(Limits.MAX_TEXT - 1) + "x";
    assertThat(assertTimeoutPreemptively(HANG, () -> HeaderMatcher.normalise(marks))).endsWith("x");
  }

  @Test
  void everyRefusalMessageIsOneLine() {
    WorkbookRefusedException e =
        new WorkbookRefusedException(
            Reason.CORRUPT, "part 'a\nb'\r\n\tat uk.scorecard.X " + "z".repeat(1000));
    assertThat(e.getMessage()).doesNotContain("\n", "\r", "\t").hasSizeLessThanOrEqualTo(400);
  }

  private static Arguments hostile(
      String name, Supplier<byte[]> file, Reason reason, String message) {
    return Arguments.of(name, file, reason, message);
  }

  private static String row(String cells) {
    return "<row r=\"1\">" + cells + "</row>";
  }
}
