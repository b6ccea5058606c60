package uk.scorecard.read.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;

/** Tells what kind of file some bytes are, from the bytes themselves, never the name. */
public final class Sniffer {

  /** What the bytes are. */
  public enum Kind {
    OOXML,
    OLE2
  }

  private Sniffer() {}

  /** The container kind, or a refusal naming what the file is instead. */
  public static Kind sniff(byte[] b) throws WorkbookRefusedException {
    if (b.length == 0) {
      throw new WorkbookRefusedException(Reason.NOT_A_SPREADSHEET, "the file is empty");
    }
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      refuseOtherZips(b);
      return Kind.OOXML;
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Kind.OLE2;
    }
    String head =
        new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (head.contains("<html") || head.contains("<table") || head.contains("<!doctype html")) {
      throw new WorkbookRefusedException(
          Reason.NOT_A_SPREADSHEET,
          "this is a web page saved with a spreadsheet name: open it in Excel and save it as .xlsx");
    }
    throw new WorkbookRefusedException(
        Reason.NOT_A_SPREADSHEET,
        "not a spreadsheet: expected an Excel workbook (.xlsx, .xlsm or .xls)");
  }

  private static void refuseOtherZips(byte[] b) throws WorkbookRefusedException {
    try {
      ZipReader zip = ZipReader.of(b);
      ZipItem e = zip.find("mimetype");
      if (e != null && zip.find("[Content_Types].xml") == null) {
        String mime;
        try (InputStream in = zip.open(e)) {
          mime = new String(in.readNBytes(100), StandardCharsets.US_ASCII);
        }
        if (mime.contains("opendocument.spreadsheet")) {
          throw new WorkbookRefusedException(
              Reason.UNSUPPORTED_FORMAT,
              "OpenDocument spreadsheets (.ods) are not supported: save it as .xlsx and try again");
        }
        throw new WorkbookRefusedException(
            Reason.NOT_A_SPREADSHEET,
            "not a spreadsheet: this is an OpenDocument file of another kind");
      }
    } catch (IOException | IllegalArgumentException e) {
      // Unreadable zips are refused by the package reader with its own reason.
    }
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
