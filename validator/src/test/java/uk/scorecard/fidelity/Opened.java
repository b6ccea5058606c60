package uk.scorecard.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** A workbook's bytes opened with POI, as the fidelity tests look at what rating wrote. */
final class Opened {

  private Opened() {}

  /** The workbook, open: close it. */
  static Workbook open(byte[] bytes) throws IOException {
    return WorkbookFactory.create(new ByteArrayInputStream(bytes));
  }

  /** The sheets' names, in the workbook's order. */
  static List<String> sheetNames(byte[] bytes) throws IOException {
    try (Workbook wb = open(bytes)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      return names;
    }
  }
}
