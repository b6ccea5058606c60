package uk.scorecard.read.container;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;

/** Turns what went wrong while reading into a one-line reason a person can act on. */
public final class Refusals {

  /** The reason given for a password-protected workbook. */
  public static final String ENCRYPTED =
      "the workbook is password-protected: remove the password and try again";

  private Refusals() {}

  /** The refusal for a failure while reading. */
  public static WorkbookRefusedException of(Throwable e) {
    if (e instanceof WorkbookRefusedException r) {
      return r;
    }
    if (e instanceof Limits.Stopped) {
      return WorkbookRefusedException.stopped(e);
    }
    if (e instanceof Limits.Exceeded x) {
      return new WorkbookRefusedException(
          Reason.TOO_LARGE, "the workbook is too large to check: it has " + x.getMessage(), e);
    }
    if (e instanceof EncryptedDocumentException) {
      return new WorkbookRefusedException(Reason.ENCRYPTED, ENCRYPTED, e);
    }
    if (e instanceof ODFNotOfficeXmlFileException) {
      return new WorkbookRefusedException(
          Reason.UNSUPPORTED_FORMAT,
          "OpenDocument spreadsheets (.ods) are not supported: save it as .xlsx and try again",
          e);
    }
    if (e instanceof NotOfficeXmlFileException || e instanceof OfficeXmlFileException) {
      return new WorkbookRefusedException(
          Reason.NOT_A_SPREADSHEET,
          "not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)",
          e);
    }
    String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    if (msg.contains("zip bomb")
        || msg.contains("entity expansion")
        || msg.contains("entityexpansion")
        || msg.contains("too large")
        || msg.contains("exceeds the maximum")) {
      return new WorkbookRefusedException(
          Reason.TOO_LARGE,
          "the workbook expands to more than we accept (a possible zip or XML bomb)",
          e);
    }
    if (msg.contains("doctype") || msg.contains("external entit")) {
      return new WorkbookRefusedException(
          Reason.CORRUPT,
          "the workbook contains XML we do not accept (a document type declaration)",
          e);
    }
    return new WorkbookRefusedException(
        Reason.CORRUPT,
        "the workbook is damaged and cannot be"
            + " read ("
            + damage(e, msg)
            + "): open it in Excel, which may repair it, save it and"
            + " try again",
        e);
  }

  /** What is damaged, in words an officer can pass on. */
  private static String damage(Throwable e, String msg) {
    if (e instanceof java.util.zip.ZipException
        || e instanceof java.io.EOFException
        || msg.contains("zip")
        || msg.contains("truncated")) {
      return "the file is cut short or its zip package is corrupt";
    }
    if (e instanceof org.xml.sax.SAXException || e.getCause() instanceof org.xml.sax.SAXException) {
      return "a part of it is not well-formed XML";
    }
    if (e instanceof org.apache.poi.util.RecordFormatException) {
      return "its .xls records are corrupt";
    }
    // The exception's class means nothing to an officer and reads like a crash: leave it out.
    return "a part of it is missing or unreadable";
  }
}
