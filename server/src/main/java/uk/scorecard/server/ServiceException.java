package uk.scorecard.server;

import org.jspecify.annotations.Nullable;

/**
 * A request we answer with an error status and a one-line reason fit to show the person who sent
 * it; thrown by the upload handling and turned into JSON or an error page in one place, {@link
 * App}.
 */
public final class ServiceException extends Exception {

  private final int status;
  private final @Nullable String field;
  private final String outcome;
  private final int retryAfter;

  /** An error about the form field {@code field} ("workbook", "rules", or null for none). */
  public ServiceException(int status, @Nullable String field, String outcome, String message) {
    this(status, field, outcome, message, 0);
  }

  private ServiceException(
      int status, @Nullable String field, String outcome, String message, int retryAfter) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
    this.outcome = outcome;
    this.retryAfter = retryAfter;
  }

  /** 400: the request itself is wrong (no file, bad rules). */
  public static ServiceException badRequest(String field, String message) {
    return new ServiceException(400, field, "bad-request", message);
  }

  /** 408: the upload arrived too slowly, stalled, or took longer than allowed to arrive. */
  public static ServiceException tooSlow(String message) {
    return new ServiceException(408, "workbook", "too-slow", message);
  }

  /** 413: past a size limit, before or after unpacking. */
  public static ServiceException tooLarge(String field, String message) {
    return new ServiceException(413, field, "too-large", message);
  }

  /** 415: not a spreadsheet we read. */
  public static ServiceException unsupported(String message) {
    return new ServiceException(415, "workbook", "not-a-spreadsheet", message);
  }

  /** 422: a spreadsheet, but refused (encrypted, damaged, no tables, too slow to check). */
  public static ServiceException refused(String outcome, String message) {
    return new ServiceException(422, "workbook", outcome, message);
  }

  /**
   * 503: the queue is full, the upload waited as long as it may, or its memory is not free; the
   * client should retry after {@code seconds}. {@code why} is the outcome word for the log.
   */
  public static ServiceException busy(String why, int seconds) {
    return new ServiceException(
        503,
        null,
        "busy-" + why,
        "The service is busy checking other " + "workbooks. Try again in a minute.",
        Math.max(1, seconds));
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The form field the error is about, for the error summary link, or null. */
  public @Nullable String field() {
    return field;
  }

  /** A short word for the log, never the user's data. */
  public String outcome() {
    return outcome;
  }

  /** Seconds for {@code Retry-After} with a 503; 0 otherwise. */
  public int retryAfter() {
    return retryAfter;
  }
}
