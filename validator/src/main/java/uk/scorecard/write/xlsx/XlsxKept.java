package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import uk.scorecard.internal.opc.PackageParts;
import uk.scorecard.internal.opc.PartNames;
import uk.scorecard.write.plan.NotKept;
import uk.scorecard.write.plan.Plan;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;

/**
 * The self-check of a rated xlsx: read the result back and compare it with the officer's file.
 * Every part we did not mean to change is byte for byte the same (by its stored checksum and size);
 * every part we did change is compared for meaning, and may differ only where we write. Reads only
 * what was patched, so it costs little beside the copy.
 */
final class XlsxKept {

  private final PackageParts in;
  private final PackageParts out;
  private final Written w;
  private final Plan plan;

  private XlsxKept(byte[] original, Written w, Plan plan) throws IOException {
    this.in = new PackageParts(ZipReader.of(original));
    this.out = new PackageParts(ZipReader.of(w.bytes));
    this.w = w;
    this.plan = plan;
  }

  /** Fails with where, when the rated package differs from the original beyond our cells. */
  static void check(byte[] original, Written w, Plan plan) throws IOException, NotKept {
    new XlsxKept(original, w, plan).check();
  }

  private void check() throws IOException, NotKept {
    for (ZipItem e : in.files()) {
      ZipItem now = out.zip().find(e.name());
      if (now == null) {
        throw new NotKept("part " + e.name() + " is missing");
      }
      boolean same = now.crc() == e.crc() && now.size() == e.size();
      if (!same && !w.changedParts.contains(e.name())) {
        throw new NotKept("part " + e.name() + " changed");
      }
    }
    PackageModel model = PackageModel.of(in);
    Set<String> sheetRels = new HashSet<>();
    model.sheetParts.values().forEach(p -> sheetRels.add(in.actual(PartNames.relsOf(p))));
    Map<String, Set<String>> notesOfSheet = new java.util.HashMap<>();
    for (String part : w.changedParts) {
      if (in.find(part) == null
          || part.equals(w.checksSheet) && checksWasOurs(model)
          || part.equals(w.rulesSheet) && rulesWasOurs(model)) {
        continue;
      }
      if (w.sheets.containsKey(part)) {
        sheet(w.sheets.get(part), part);
      } else if (part.equals(model.workbookPart)) {
        PartsKept.workbook(in.read(part), out.read(part));
      } else if (part.equals(in.actual(ContentTypes.NAME))) {
        PartsKept.contentTypes(in.read(part), out.read(part));
      } else if (part.endsWith(".rels")
          && (sheetRels.contains(part)
              || part.equals(in.actual(PartNames.relsOf(model.workbookPart))))) {
        PartsKept.rels(part, in.read(part), out.read(part));
      } else if (part.equals(stylesPart(model))) {
        PartsKept.styles(in.read(part), out.read(part));
      } else if (!notesParts(model, part, notesOfSheet)) {
        throw new NotKept("part " + part + " changed, which we never change");
      }
    }
  }

  /** Checks a notes part or a notes drawing of a sheet; false when the part is neither. */
  private boolean notesParts(PackageModel model, String part, Map<String, Set<String>> done)
      throws IOException, NotKept {
    for (String sheetPart : model.sheetParts.values()) {
      Rels rels = Rels.of(in.read(PartNames.relsOf(sheetPart)));
      String comments = target(sheetPart, rels.target("comments"));
      String vml = target(sheetPart, rels.target("vmlDrawing"));
      if (part.equals(comments) || part.equals(vml)) {
        boolean hadNotes = comments != null && in.find(comments) != null;
        Set<String> officers =
            hadNotes ? PartsKept.comments(in.read(comments), out.read(comments)) : Set.of();
        if (part.equals(vml)) {
          PartsKept.vml(in.read(vml), out.read(vml), officers);
        }
        done.put(part, officers);
        return true;
      }
    }
    return false;
  }

  private String target(String sheetPart, String target) {
    return target == null ? null : in.actual(PartNames.resolve(sheetPart, target));
  }

  private String stylesPart(PackageModel model) {
    String s = model.stylesPart();
    return s == null ? null : in.actual(s);
  }

  private void sheet(String name, String part) throws IOException, NotKept {
    var cells = plan.cells(name);
    Set<String> live = new HashSet<>();
    for (CellRangeAddress r : plan.live(name)) {
      live.add(r.formatAsString());
    }
    SheetKept.Owned owned =
        new SheetKept.Owned() {
          @Override
          public boolean contains(int row, int col) {
            var r = cells.get(row);
            return r != null && r.containsKey(col);
          }

          @Override
          public boolean rowHasAny(int row) {
            return cells.containsKey(row);
          }
        };
    try (InputStream a = in.zip().open(in.find(part));
        InputStream b = out.zip().open(out.find(part))) {
      SheetKept.check(name, a, b, owned, live);
    }
  }

  /** Our Rules sheet from an earlier run may be replaced whole; an officer's sheet may not. */
  private boolean rulesWasOurs(PackageModel model) throws NotKept {
    if (RulesPlacement.wasOurs(model, w.rulesSheet)) {
      return true;
    }
    throw new NotKept("the sheet replaced by the Rules sheet was not ours");
  }

  /** Our Checks sheet from an earlier run may be replaced whole; an officer's sheet may not. */
  private boolean checksWasOurs(PackageModel model) throws IOException, NotKept {
    if (ChecksPlacement.wasOurs(model, in, w.checksSheet)) {
      return true;
    }
    throw new NotKept("the sheet replaced by the Checks sheet was not ours");
  }
}
