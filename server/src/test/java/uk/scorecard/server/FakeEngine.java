package uk.scorecard.server;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import uk.scorecard.Edited;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.Rated;
import uk.scorecard.Scorecard;
import uk.scorecard.compare.Comparison;
import uk.scorecard.model.Finding;
import uk.scorecard.model.Rating;
import uk.scorecard.model.ReadWorkbook.Format;
import uk.scorecard.model.Severity;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.report.Edit;
import uk.scorecard.report.IndicatorResult;
import uk.scorecard.report.Report;

/**
 * An engine with a fixed answer, so the service's own behaviour (pages, limits, errors) is tested
 * apart from the library's; it can also block, sleep or fail on request.
 */
final class FakeEngine implements Engine {

  /** A report with one of each rating, an error and a warning, and text that needs escaping. */
  static Report report(String path) {
    return new Report(
        path,
        List.of(
            new Finding(
                "Scorecard",
                "F6",
                Severity.ERROR,
                "pct-over-100",
                "112% is more than 100%: a percentage cannot be over 100%."),
            new Finding(
                "Scorecard",
                "I3",
                Severity.WARNING,
                "change-relative",
                "Change says \"up 12%\" but the figures went up 12pp <b>not</b> 12%."),
            new Finding("", "", Severity.INFO, "no-rules", "No rules file was given.")),
        List.of(
            new IndicatorResult(
                "Scorecard",
                2,
                "CIN 4",
                "Assessments within 45 days",
                "Up 15pp",
                Rating.GREEN,
                null,
                "97%",
                "95%"),
            new IndicatorResult(
                "Scorecard",
                3,
                "CP 2",
                "Plans reviewed on time",
                "Down 31pp",
                Rating.RED,
                "Data reported one month in arrears",
                "60%",
                "95%"),
            new IndicatorResult(
                "Scorecard",
                4,
                "W 1",
                "Average caseload",
                "Up 1.2",
                Rating.AMBER,
                null,
                "20.2",
                "20"),
            new IndicatorResult(
                "Scorecard",
                5,
                "LAC 1",
                "Children in care",
                "Up 4",
                Rating.GREY,
                null,
                "842",
                null)));
  }

  /** The bytes the fake "rates" a workbook to: the input with a marker after it. */
  static byte[] rated(byte[] in) {
    byte[] out = java.util.Arrays.copyOf(in, in.length + 5);
    System.arraycopy(
        "RATED".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, out, in.length, 5);
    return out;
  }

  volatile CountDownLatch entered = new CountDownLatch(1);
  volatile CountDownLatch release;
  volatile long sleepMillis;
  volatile RuntimeException failWith;
  volatile Error errorWith;
  volatile WorkbookRefusedException refuseWith;
  volatile Report answer;
  volatile Format format = Format.XLSX;
  volatile Consumer<Input> during;
  volatile Options lastOptions;

  @Override
  public Report check(Input input, Options options) throws WorkbookRefusedException {
    act(input, options);
    return answer != null ? answer : report(input.name());
  }

  @Override
  public Rated rate(Input input, Options options) throws WorkbookRefusedException {
    Report r = check(input, options);
    return new Rated(r, rated(input.bytes()), format);
  }

  @Override
  public Edited edits(Input input, Options options) throws WorkbookRefusedException {
    Report r = check(input, options);
    return new Edited(
        r,
        List.of(
            new Edit(
                "Scorecard",
                "J4",
                "Red",
                null,
                "#C00000",
                "#FFFFFF",
                null,
                null,
                "Red",
                false,
                false,
                null)),
        format);
  }

  /** The library's own comparison, after the fake's blocking, sleeping or failing. */
  @Override
  public Comparison compare(Input last, Input now, Options options)
      throws WorkbookRefusedException {
    act(now, options);
    return new Scorecard().compare(last, now, options);
  }

  private void act(Input input, Options options) throws WorkbookRefusedException {
    lastOptions = options;
    entered.countDown();
    if (during != null) {
      during.accept(input);
    }
    try {
      if (release != null && !release.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
      if (sleepMillis > 0) {
        Thread.sleep(sleepMillis);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    if (failWith != null) {
      throw failWith;
    }
    if (errorWith != null) {
      throw errorWith;
    }
    if (refuseWith != null) {
      throw refuseWith;
    }
  }
}
