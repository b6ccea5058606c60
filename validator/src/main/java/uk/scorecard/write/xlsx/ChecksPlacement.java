package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import uk.scorecard.internal.opc.PackageParts;
import uk.scorecard.write.plan.ChecksContent;

/**
 * Where the Checks sheet goes: over our own Checks sheet from an earlier run (found by its hidden
 * marker name, or for files from before the marker by its title in A1), or a new sheet whose name
 * no officer's sheet has taken.
 */
record ChecksPlacement(String name, String part) {

  static ChecksPlacement find(PackageModel model, PackageParts zip) throws IOException {
    String marked = ChecksMarker.markedSheet(model);
    if (marked != null && model.sheetParts.containsKey(marked)) {
      return new ChecksPlacement(marked, model.sheetParts.get(marked));
    }
    String[] names = {ChecksContent.SHEET_NAME, ChecksContent.TITLE};
    for (String n : names) {
      String part = model.sheetParts.get(n);
      if (part == null) {
        return new ChecksPlacement(n, null);
      }
      if (isOurs(zip, part)) {
        return new ChecksPlacement(n, part);
      }
    }
    int i = 2;
    while (model.sheetParts.containsKey(ChecksContent.TITLE + " " + i)) {
      i++;
    }
    return new ChecksPlacement(ChecksContent.TITLE + " " + i, null);
  }

  /** True when a part of the package is a Checks sheet of ours, by marker or by title. */
  static boolean wasOurs(PackageModel model, PackageParts zip, String part) throws IOException {
    String marked = ChecksMarker.markedSheet(model);
    String markedPart = marked == null ? null : model.sheetParts.get(marked);
    return part.equalsIgnoreCase(markedPart) || isOurs(zip, part);
  }

  /** True when a sheet's A1 holds our title: we wrote it, so we may replace it. */
  private static boolean isOurs(PackageParts zip, String part) throws IOException {
    byte[] found = zip.read(part, 4096);
    if (found == null) {
      return false;
    }
    String head = new String(found, StandardCharsets.UTF_8);
    return head.contains("r=\"A1\"") && head.contains(">" + ChecksContent.TITLE + "</t>");
  }
}
