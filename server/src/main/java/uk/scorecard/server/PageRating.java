package uk.scorecard.server;

import java.util.ArrayList;
import java.util.List;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.model.WorkbookRefusedException;

/**
 * The page's upload rated: one workbook as the API rates it (a refusal is the upload page with its
 * reason), or several, each in turn, where a refusal or a workbook with no table is a line of the
 * summary rather than the answer.
 */
final class PageRating {
  private PageRating() {}

  /** Every workbook of the upload rated, in the order they came. */
  static List<Kept.Done> all(Engine engine, Upload upload, Input input, Options options)
      throws Exception {
    if (upload.others().isEmpty()) {
      Rated r =
          Handlers.single(engine::rate, Rated::report, upload, Upload.Form.PAGE, input, options);
      return List.of(Kept.Done.of(upload.name(), r));
    }
    List<Kept.Done> out = new ArrayList<>();
    out.add(one(engine, upload.name(), input, options));
    for (Upload.Named n : upload.others()) {
      out.add(one(engine, n.name(), new Input(n.name(), n.bytes()), options));
    }
    return out;
  }

  private static Kept.Done one(Engine engine, String name, Input input, Options options) {
    try {
      Rated r = engine.rate(input, options);
      return r.report().indicators().isEmpty()
          ? Kept.Done.refused(name, Refusals.noTables(r.report()).getMessage())
          : Kept.Done.of(name, r);
    } catch (WorkbookRefusedException e) {
      return Kept.Done.refused(name, Refusals.refused(e).getMessage());
    }
  }
}
