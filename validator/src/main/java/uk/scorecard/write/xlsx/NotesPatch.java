package uk.scorecard.write.xlsx;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.scorecard.internal.opc.PartNames;
import uk.scorecard.write.plan.Plan;

/**
 * Puts our notes on one sheet: edits (or creates) its notes part and the legacy drawing that shows
 * notes in Excel, and wires new parts into the sheet's relationships.
 */
final class NotesPatch {

  private final XlsxPatcher pkg;
  private final String sheetPart;
  private final Rels rels;

  NotesPatch(XlsxPatcher pkg, String sheetPart, Rels rels) {
    this.pkg = pkg;
    this.sheetPart = sheetPart;
    this.rels = rels;
  }

  /** Applies the notes; returns the id of a new legacy drawing the sheet must name, or null. */
  @Nullable String apply(List<Plan.Note> notes) throws IOException {
    String commentsTarget = rels.target("comments");
    if (notes.isEmpty() && commentsTarget == null) {
      return null;
    }
    String commentsPart =
        commentsTarget == null ? null : PartNames.resolve(sheetPart, commentsTarget);
    Comments comments = Comments.of(commentsPart == null ? null : pkg.part(commentsPart));
    comments.apply(notes);
    if (commentsPart != null && !comments.changed()) {
      return null; // the officer's notes part is kept byte for byte
    }
    if (commentsPart == null) {
      if (comments.isEmpty()) {
        return null;
      }
      commentsPart = pkg.freeName("xl/comments", ".xml");
      rels.add("comments", PartNames.relative(sheetPart, commentsPart));
      pkg.types().override(commentsPart, ContentTypes.COMMENTS);
    }
    pkg.replace(commentsPart, comments.bytes());
    return drawing(comments);
  }

  private String drawing(Comments comments) throws IOException {
    String vmlTarget = rels.target("vmlDrawing");
    if (vmlTarget != null) {
      String vmlPart = PartNames.resolve(sheetPart, vmlTarget);
      byte[] vml = pkg.part(vmlPart);
      if (vml != null) {
        pkg.replace(
            vmlPart,
            Vml.apply(vml, comments.removedCells(), comments.addedCells(), block(vmlPart)));
      }
      return null;
    }
    if (comments.addedCells().isEmpty()) {
      return null;
    }
    String vmlPart = pkg.freeName("xl/drawings/vmlDrawing", ".vml");
    int block = block(vmlPart);
    byte[] empty = Vml.empty(block).getBytes(StandardCharsets.UTF_8);
    pkg.replace(vmlPart, Vml.apply(empty, comments.removedCells(), comments.addedCells(), block));
    pkg.types().byExtension("vml", ContentTypes.VML);
    return rels.add("vmlDrawing", PartNames.relative(sheetPart, vmlPart));
  }

  /**
   * A shape-id block per drawing (1024 ids each), from the drawing's number, so ids never clash.
   */
  private static int block(String vmlPart) {
    String digits = vmlPart.replaceAll("\\D", "");
    return digits.isEmpty()
        ? 1
        : Math.min(Integer.parseInt(digits.substring(0, Math.min(4, digits.length()))), 2000) + 1;
  }
}
