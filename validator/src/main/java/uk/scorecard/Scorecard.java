package uk.scorecard;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import uk.scorecard.check.Checker;
import uk.scorecard.check.Findings;
import uk.scorecard.compare.Comparer;
import uk.scorecard.compare.Comparison;
import uk.scorecard.model.ReadWorkbook;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.rate.Agreements;
import uk.scorecard.rate.RatedIndicator;
import uk.scorecard.rate.Rater;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.report.Edit;
import uk.scorecard.report.Report;
import uk.scorecard.report.Results;
import uk.scorecard.write.WorkbookWriter;
import uk.scorecard.write.plan.ChecksCells;
import uk.scorecard.write.plan.ChecksHeading;
import uk.scorecard.write.plan.NotKept;
import uk.scorecard.write.plan.Plan;

/**
 * The library's front door: check a workbook, or check and rate it and get the rated workbook back.
 * Thread-safe; build one and share it (it caches the Bean Validation validator).
 */
public final class Scorecard {

  /** What an officer is told when the self-check refuses the rated copy. */
  public static final String NOT_WRITTEN =
      "could not write the ratings without changing your own cells; nothing was written";

  private final Checker checker = new Checker();

  /** Reads and checks a workbook, rating each indicator without writing anything. */
  public Report check(Input input, Options options) throws WorkbookRefusedException {
    return analyse(input, options).report();
  }

  /** Reads, checks and rates a workbook, and writes the ratings back into a copy of it. */
  public Rated rate(Input input, Options options) throws WorkbookRefusedException {
    Planned p = planned(input, options);
    try {
      byte[] out = WorkbookWriter.write(input.bytes(), p.format(), p.plan(), p.report());
      return new Rated(p.report(), out, p.format());
    } catch (NotKept e) {
      throw notKept(e);
    } catch (IOException | RuntimeException e) {
      throw notWritable(e);
    }
  }

  /**
   * What rating writes, planned in a frame of its own: when it returns, the workbook read and its
   * rated indicators (a million cells' observations) are let go before the copy is written.
   */
  private Planned planned(Input input, Options options) throws WorkbookRefusedException {
    Analysis a = analyse(input, options);
    if (Thread.currentThread().isInterrupted()) {
      throw WorkbookRefusedException.stopped(null); // a caller's time limit passed: do not write
    }
    try {
      Plan plan =
          WorkbookWriter.plan(
              a.workbook(),
              a.rated(),
              a.report(),
              options.liveFor(a.workbook().live()),
              options.rules().direction(),
              options.rules().marking());
      return new Planned(a.report(), a.workbook().format(), plan);
    } catch (RuntimeException e) {
      throw notWritable(e);
    }
  }

  /** The self-check caught a change to the officer's own cells: hand back nothing. */
  private static WorkbookRefusedException notKept(NotKept e) {
    return new WorkbookRefusedException(
        WorkbookRefusedException.Reason.NOT_WRITTEN, NOT_WRITTEN + " (" + e.getMessage() + ")", e);
  }

  /** A package the reader could read but whose parts we cannot safely edit: refuse, never guess. */
  private static WorkbookRefusedException notWritable(Exception e) {
    return new WorkbookRefusedException(
        WorkbookRefusedException.Reason.CORRUPT,
        "the workbook was read but could not be written back safely (" + e.getMessage() + ")",
        e);
  }

  /**
   * Reads, checks and rates a workbook and says what rating would write into it, cell by cell (the
   * edit list the Excel add-in applies in the open workbook, and the patcher writes on every path);
   * nothing is written. With {@code live}, the live formulas and colouring too.
   */
  public Edited edits(Input input, Options options) throws WorkbookRefusedException {
    Analysis a = analyse(input, options);
    List<Edit> edits =
        WorkbookWriter.edits(
            a.rated(),
            a.report(),
            options.rules().direction(),
            options.liveFor(a.workbook().live()),
            a.workbook().format());
    ChecksHeading heading = ChecksHeading.of(a.rated(), options.rules().marking());
    return new Edited(
        a.report(),
        edits,
        a.workbook().format(),
        heading,
        ChecksCells.of(edits, a.report(), heading));
  }

  /**
   * The rated workbook written from an edit list ({@link #edits}) by the same patcher as {@link
   * #rate}, and self-checked as it is.
   */
  public byte[] write(Input input, Edited edited) throws WorkbookRefusedException {
    try {
      return WorkbookWriter.write(
          input.bytes(), edited.format(), edited.edits(), edited.report(), edited.heading());
    } catch (NotKept e) {
      throw notKept(e);
    } catch (IOException | RuntimeException e) {
      throw notWritable(e);
    }
  }

  /**
   * Compares last month's workbook with this month's by their parsed indicators, each read and
   * rated under the same options; a workbook that cannot be read is refused, naming which.
   */
  public Comparison compare(Input last, Input now, Options options)
      throws WorkbookRefusedException {
    return Comparer.compare(last.name(), named(last, options), now.name(), named(now, options));
  }

  /**
   * A workbook's indicators read and rated as {@code check} rates them, for a comparison or a dump:
   * the checks run so a figure in error is not rated here either, and their findings are dropped.
   */
  public List<RatedIndicator> ratedOnly(Input input, Options options)
      throws WorkbookRefusedException {
    ReadWorkbook wb = WorkbookReader.read(input.bytes(), options.rules());
    return new Rater(options.rules()).rate(wb.tables(), checked(wb, options).cellsInError());
  }

  /** As {@link #ratedOnly}, a refusal naming the workbook (one of two in a comparison). */
  private List<RatedIndicator> named(Input input, Options options) throws WorkbookRefusedException {
    try {
      return ratedOnly(input, options);
    } catch (WorkbookRefusedException e) {
      throw new WorkbookRefusedException(e.reason(), input.name() + ": " + e.getMessage(), e);
    }
  }

  private Analysis analyse(Input input, Options options) throws WorkbookRefusedException {
    if (options.since() != null) {
      // Read last month's first: a refusal names that workbook before any work on this one.
      List<RatedIndicator> last = named(options.since(), options);
      ReadWorkbook wb = WorkbookReader.read(input.bytes(), options.rules());
      return analysed(input, options, wb, last);
    }
    ReadWorkbook wb = WorkbookReader.read(input.bytes(), options.rules());
    return analysed(input, options, wb, null);
  }

  private Analysis analysed(
      Input input, Options options, ReadWorkbook wb, @Nullable List<RatedIndicator> last)
      throws WorkbookRefusedException {
    Findings findings = checked(wb, options);
    List<RatedIndicator> rated =
        new Rater(options.rules()).rate(wb.tables(), findings.cellsInError());
    Agreements.check(rated, findings);
    Comparison since =
        last == null ? null : Comparer.compare(options.since().name(), last, input.name(), rated);
    Report report = Results.report(input.name(), findings.list(wb.sheetNames()), rated, since);
    return new Analysis(wb, rated, report);
  }

  private Findings checked(ReadWorkbook wb, Options options) throws WorkbookRefusedException {
    try {
      return checker.check(wb, options.rules(), options.publish());
    } catch (CancellationException e) {
      throw WorkbookRefusedException.stopped(e);
    }
  }

  private record Analysis(ReadWorkbook workbook, List<RatedIndicator> rated, Report report) {}

  /** A rating's report and planned writes, without the workbook read or its rated indicators. */
  private record Planned(Report report, ReadWorkbook.Format format, Plan plan) {}
}
