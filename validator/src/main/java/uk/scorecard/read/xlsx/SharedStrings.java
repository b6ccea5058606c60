package uk.scorecard.read.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The one way shared strings are read, whichever reader read the sheets: only the wanted items, by
 * a byte scan of the part, or by the XML parser when its markup is unusual.
 */
final class SharedStrings {

  /** Opens the shared-strings part afresh. */
  interface Part {
    InputStream open() throws IOException;
  }

  private SharedStrings() {}

  /** The text of each wanted index (sorted, distinct) that the part has. */
  static Map<Integer, String> read(Part part, int[] wanted) throws IOException, XMLStreamException {
    if (wanted.length == 0) {
      return Map.of();
    }
    try (InputStream in = part.open()) {
      return SharedStringsScan.read(in, wanted);
    } catch (SharedStringsScan.Unusual e) {
      try (InputStream in = part.open()) {
        return SharedStringsPass.read(in, wanted);
      }
    }
  }
}
