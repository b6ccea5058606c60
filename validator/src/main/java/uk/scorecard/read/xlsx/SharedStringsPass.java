package uk.scorecard.read.xlsx;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import uk.scorecard.internal.xml.SafeXml;

/**
 * Reads only the shared strings the cells we keep refer to, in one pass that stops after the last
 * of them: a data sheet's thousands of strings are never held. Phonetic runs are left out, as POI's
 * read-only table leaves them out.
 */
final class SharedStringsPass {

  private SharedStringsPass() {}

  /** The text of each wanted index (sorted, distinct) that the table has. */
  static Map<Integer, String> read(InputStream in, int[] wanted) throws XMLStreamException {
    Map<Integer, String> out = new HashMap<>();
    if (wanted.length == 0) {
      return out;
    }
    XMLStreamReader r = SafeXml.stax().createXMLStreamReader(in);
    int index = -1;
    int last = wanted[wanted.length - 1];
    StringBuilder text = null;
    int phonetic = 0;
    boolean inT = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("si")) {
          if (++index > last) {
            break;
          }
          text = Arrays.binarySearch(wanted, index) >= 0 ? new StringBuilder() : null;
        } else if (name.equals("rPh")) {
          phonetic++;
        } else if (name.equals("t")) {
          inT = true;
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        String name = r.getLocalName();
        if (name.equals("si") && text != null) {
          out.put(index, SharedItem.excelEscapes(text.toString()));
          text = null;
        } else if (name.equals("rPh")) {
          phonetic--;
        } else if (name.equals("t")) {
          inT = false;
        }
      } else if (text != null
          && inT
          && phonetic == 0
          && (ev == XMLStreamConstants.CHARACTERS
              || ev == XMLStreamConstants.CDATA
              || ev == XMLStreamConstants.SPACE)) {
        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      } else if (ev == XMLStreamConstants.DTD) {
        throw new XMLStreamException("document type declaration in shared strings");
      }
    }
    r.close();
    return out;
  }
}
