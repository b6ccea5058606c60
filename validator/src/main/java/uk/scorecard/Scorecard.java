package uk.scorecard;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import uk.scorecard.check.Checker;
import uk.scorecard.model.Finding;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.rate.Rater;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.report.Report;
import uk.scorecard.report.Results;
import uk.scorecard.write.WorkbookWriter;

/**
 * The library's front door: check a workbook, or check and rate it and get the rated workbook back.
 * Thread-safe; build one and share it (it caches the Bean Validation validator).
 */
public final class Scorecard {

  private final Checker checker = new Checker();

  /** Reads and checks a workbook, rating each indicator without writing anything. */
  public Report check(Input input, Options options) throws WorkbookRefusedException {
    return analyse(input, options).report();
  }

  /** Reads, checks and rates a workbook, and writes the ratings back into a copy of it. */
  public Rated rate(Input input, Options options) throws WorkbookRefusedException {
    Analysis a = analyse(input, options);
    if (Thread.currentThread().isInterrupted()) {
      throw WorkbookRefusedException.stopped(null); // a caller's time limit passed: do not write
    }
    try {
      byte[] out = WorkbookWriter.write(input.bytes(), a.workbook(), a.rated(), a.report(), options);
      return new Rated(a.report(), out, a.workbook().format());
    } catch (IOException | RuntimeException e) {
      // A package the reader could read but whose parts we cannot safely edit: refuse, never guess.
      throw new WorkbookRefusedException(WorkbookRefusedException.Reason.CORRUPT,
          "the workbook was read but could not be written back safely (" + e.getMessage() + ")", e);
    }
  }

  private Analysis analyse(Input input, Options options) throws WorkbookRefusedException {
    ReadWorkbook wb = WorkbookReader.read(input, options.rules());
    List<RatedIndicator> rated = new Rater(options.rules()).rate(wb.tables());
    List<Finding> findings;
    try {
      findings = checker.check(wb, rated, options);
    } catch (CancellationException e) {
      throw WorkbookRefusedException.stopped(e);
    }
    Report report = Results.report(input.name(), findings, rated);
    return new Analysis(wb, rated, report);
  }

  private record Analysis(ReadWorkbook workbook, List<RatedIndicator> rated, Report report) {}
}
