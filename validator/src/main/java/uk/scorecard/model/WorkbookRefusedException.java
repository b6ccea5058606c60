package uk.scorecard.model;

import org.jspecify.annotations.Nullable;

/** A workbook we will not read, with a one-line reason fit to show the person who sent it. */
public final class WorkbookRefusedException extends Exception {

  /** Why a workbook was refused; each maps to an exit code or HTTP status. */
  public enum Reason {
    /** The bytes are not a spreadsheet at all. */
    NOT_A_SPREADSHEET,
    /** A spreadsheet format we do not read, such as .xlsb or .ods. */
    UNSUPPORTED_FORMAT,
    /** Protected with a password. */
    ENCRYPTED,
    /** Past a size or complexity limit. */
    TOO_LARGE,
    /** A spreadsheet, but damaged beyond reading. */
    CORRUPT,
    /** Read and rated, but the rated copy would have changed the officer's own cells. */
    NOT_WRITTEN
  }

  private final Reason reason;

  /**
   * The refusal when the thread doing the work was interrupted, which is how a caller with a time
   * limit (the web service) stops it: the work ends here rather than running on unseen.
   */
  public static WorkbookRefusedException stopped(@Nullable Throwable cause) {
    String why = "the workbook took too long to check, and checking it was stopped";
    return cause == null
        ? new WorkbookRefusedException(Reason.TOO_LARGE, why)
        : new WorkbookRefusedException(Reason.TOO_LARGE, why, cause);
  }

  public WorkbookRefusedException(Reason reason, String message) {
    super(oneLine(message));
    this.reason = reason;
  }

  public WorkbookRefusedException(Reason reason, String message, Throwable cause) {
    super(oneLine(message), cause);
    this.reason = reason;
  }

  /**
   * The reason on one line of sensible length, whatever went into it: some reasons quote a part
   * name or a library's message, and a hostile file chooses those.
   */
  static String oneLine(String message) {
    String s = String.valueOf(message).replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
    return s.length() > MAX_LENGTH ? s.substring(0, MAX_LENGTH - 3) + "..." : s;
  }

  private static final int MAX_LENGTH = 400;

  /** Why it was refused. */
  public Reason reason() {
    return reason;
  }
}
