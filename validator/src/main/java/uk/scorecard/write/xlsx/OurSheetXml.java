package uk.scorecard.write.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The opening of a sheet we write whole (Checks, Rules): up to its {@code <sheetData>}. */
final class OurSheetXml {

  private OurSheetXml() {}

  /**
   * A buffered writer on {@code out} that has written the worksheet's start, fitted to the page,
   * with these column widths in characters (0 hides the column), and opened its {@code
   * <sheetData>}.
   */
  static Writer open(OutputStream out, String mainNs, double[] widths) throws IOException {
    Writer x = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 16_384);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        .append("<worksheet xmlns=\"")
        .append(mainNs)
        .append("\" xmlns:r=\"")
        .append(Rels.OFFICE)
        .append("\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
        .append("<sheetViews><sheetView workbookViewId=\"0\"/></sheetViews>")
        .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
    for (int i = 0; i < widths.length; i++) {
      String n = Integer.toString(i + 1);
      x.append("<col min=\"")
          .append(n)
          .append("\" max=\"")
          .append(n)
          .append("\" width=\"")
          .append(Double.toString(widths[i] > 0 ? widths[i] : 9))
          .append(widths[i] > 0 ? "\" customWidth=\"1\"/>" : "\" hidden=\"1\" customWidth=\"1\"/>");
    }
    return x.append("</cols><sheetData>");
  }
}
