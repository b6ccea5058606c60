package uk.scorecard.read.grid;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;
import uk.scorecard.internal.xml.SafeXml;

/**
 * The day a workbook was last saved, as its document properties say: the {@code dcterms:modified}
 * of an xlsx's core properties, or the last-saved time of an xls. Days before 1990 (a writer's
 * placeholder) and anything unreadable are no date at all.
 */
public final class SavedDate {

  private static final int FIRST_YEAR = 1990;

  private SavedDate() {}

  /** The modified day of a core-properties part, or null. */
  public static @Nullable LocalDate fromCore(InputStream in)
      throws IOException, XMLStreamException {
    XMLStreamReader r = SafeXml.stax().createXMLStreamReader(in);
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new XMLStreamException("document type declaration in the core properties");
        }
        if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("modified")) {
          return parse(r.getElementText());
        }
      }
      return null;
    } finally {
      r.close();
    }
  }

  /**
   * The day of a W3C date-time such as {@code 2019-08-12T10:00:00Z}, read by hand: a date-time
   * parser would load the JDK's calendar data, which a short run need not pay for.
   */
  public static @Nullable LocalDate parse(@Nullable String text) {
    String t = text == null ? "" : text.strip();
    if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return null;
    }
    try {
      int y = Integer.parseInt(t.substring(0, 4));
      int m = Integer.parseInt(t.substring(5, 7));
      int d = Integer.parseInt(t.substring(8, 10));
      return plausible(LocalDate.of(y, m, d));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The day of a time POI read from the properties, or null. */
  public static @Nullable LocalDate of(@Nullable Date when) {
    return when == null ? null : plausible(LocalDate.ofInstant(when.toInstant(), ZoneOffset.UTC));
  }

  private static @Nullable LocalDate plausible(LocalDate d) {
    return d.getYear() >= FIRST_YEAR ? d : null;
  }
}
