package uk.scorecard.server;

import org.jspecify.annotations.Nullable;

/**
 * A request we answer with an error status and a one-line reason fit to show the person who sent
 * it; thrown by the upload handling and turned into JSON or an error page in one place, {@link App}.
 */
public final class ServiceException extends Exception {

  private final int status;
  private final @Nullable String field;
  private final String outcome;

  /** An error about the form field {@code field} ("workbook", "rules", or null for none). */
  public ServiceException(int status, @Nullable String field, String outcome, String message) {
    super(message, null, false, false);
    this.status = status;
    this.field = field;
    this.outcome = outcome;
  }

  /** 400: the request itself is wrong (no file, bad rules). */
  public static ServiceException badRequest(String field, String message) {
    return new ServiceException(400, field, "bad-request", message);
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

  /** 503: every worker is busy; the client should retry after {@link #RETRY_AFTER_SECONDS}. */
  public static ServiceException busy() {
    return new ServiceException(503, null, "busy",
        "The service is busy checking other workbooks. Try again in a few seconds.");
  }

  /** Seconds sent in {@code Retry-After} with a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

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
}
