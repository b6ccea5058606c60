package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.scorecard.fixtures.WorkbookBuilder;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.rules.Rules;

/** What we cannot read is refused with one line that says what to do, never a stack trace. */
class RefusalsTest {

  static Stream<Arguments> refused() {
    return Stream.of(
        refused(
            "xlsb",
            RefusalsTest::xlsb,
            "Excel binary workbooks (.xlsb) are not supported: save it as .xlsx and try again"),
        refused(
            "ods",
            RefusalsTest::ods,
            "OpenDocument spreadsheets (.ods) are not supported: save it as .xlsx and try again"),
        refused(
            "password-protected",
            RefusalsTest::encrypted,
            "the workbook is password-protected: remove the password and try again"),
        refused(
            "web page saved as .xls",
            () -> bytes("<html><body><table><tr><td>1</td></tr>" + "</table></body></html>"),
            "this is a web page saved with a spreadsheet name: open it in Excel and save it as"
                + " .xlsx"),
        refused(
            "a PDF",
            () -> bytes("%PDF-1.4\n%..."),
            "not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)"),
        refused(
            "a Word document",
            RefusalsTest::docx,
            "not a spreadsheet: this is an Office document of another kind (a Word document)"),
        refused("an empty file", () -> new byte[0], "the file is empty"),
        refused(
            "a cut-off workbook",
            RefusalsTest::truncated,
            "the workbook is damaged and cannot be read (the file is cut short or its zip"
                + " package is corrupt): open it in Excel, which may repair it, save it and try"
                + " again"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void isRefusedInOneLine(String name, Supplier<byte[]> file, String reason) {
    WorkbookRefusedException e =
        catchThrowableOfType(
            WorkbookRefusedException.class, () -> WorkbookReader.read(file.get(), Rules.NONE));
    assertThat(e).isNotNull();
    assertThat(e.getMessage()).isEqualTo(reason).doesNotContain("\n");
  }

  private static Arguments refused(String name, Supplier<byte[]> file, String reason) {
    return Arguments.of(name, file, reason);
  }

  private static byte[] xlsb() {
    return zip(
        new String[] {
          "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns="
              + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension="
              + "\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/"
              + "vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>"
        },
        new String[] {
          "_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
              + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
              + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>"
        },
        new String[] {"xl/workbook.bin", "\u0083\u0001\u0000"});
  }

  private static byte[] ods() {
    return zip(
        new String[] {"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
        new String[] {"content.xml", "<office:document-content/>"});
  }

  private static byte[] encrypted() {
    byte[] plain = WorkbookBuilder.scorecard().row("Ref", "Indicator", "Jun-19").bytes();
    try (POIFSFileSystem fs = new POIFSFileSystem();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword("secret");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(plain);
      }
      fs.writeFilesystem(out);
      return out.toByteArray();
    } catch (IOException | java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] docx() {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Minutes of the board");
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] truncated() {
    byte[] whole = WorkbookBuilder.scorecard().row("Ref", "Indicator", "Jun-19").bytes();
    return java.util.Arrays.copyOf(whole, whole.length / 2);
  }

  private static byte[] zip(String[]... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String[] e : entries) {
        zip.putNextEntry(new ZipEntry(e[0]));
        zip.write(e[1].getBytes(StandardCharsets.ISO_8859_1));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
