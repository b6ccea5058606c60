package uk.scorecard.server;

import uk.scorecard.model.Severity;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.read.WorkbookReader;
import uk.scorecard.report.Report;

/** The library's refusals and reasons as the service's answers: a status, a field, a sentence. */
final class Refusals {

  private Refusals() {}

  /** 422 for a workbook with no indicator table, in the library's words when it gave them. */
  static ServiceException noTables(Report r) {
    String why =
        r.findings().stream()
            .filter(f -> f.code().equals(WorkbookReader.NO_TABLE) || f.severity() == Severity.ERROR)
            .map(f -> f.message())
            .findFirst()
            .orElse(
                "We could not find a scorecard table in this workbook: a header row naming the "
                    + "indicator, its periods and a target, with one indicator on each row below it.");
    return ServiceException.refused("no-tables", sentence(why));
  }

  /** The library's reasons are clauses ("the workbook is damaged"); pages want sentences. */
  static String sentence(String clause) {
    String s =
        clause == null || clause.isBlank() ? "The workbook could not be read" : clause.strip();
    s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
    return s.matches("(?s).*[.!?]$") ? s : s + ".";
  }

  /**
   * As {@link #refused(WorkbookRefusedException)}, about the field of the workbook refused: with
   * two workbooks the library starts its reason with the name of the one it refused, kept as is.
   */
  static ServiceException refused(WorkbookRefusedException e, Upload upload, String field) {
    ServiceException mapped = refused(e);
    String reason = e.getMessage() == null ? "" : e.getMessage();
    for (String name : new String[] {upload.lastName(), upload.name()}) {
      if (name != null && upload.last() != null && reason.startsWith(name + ": ")) {
        String message = name + mapped.getMessage().substring(name.length());
        return new ServiceException(
            mapped.status(),
            name.equals(upload.lastName()) ? "last" : field,
            mapped.outcome(),
            message);
      }
    }
    return new ServiceException(mapped.status(), field, mapped.outcome(), mapped.getMessage());
  }

  /** The status for each reason the library refuses a workbook. */
  static ServiceException refused(WorkbookRefusedException e) {
    String outcome = "refused-" + e.reason().name().toLowerCase(java.util.Locale.ROOT);
    String message = sentence(e.getMessage());
    return switch (e.reason()) {
      case NOT_A_SPREADSHEET, UNSUPPORTED_FORMAT ->
          new ServiceException(415, "workbook", outcome, message);
      case TOO_LARGE -> new ServiceException(413, "workbook", outcome, message);
      case ENCRYPTED, CORRUPT, NOT_WRITTEN ->
          new ServiceException(422, "workbook", outcome, message);
    };
  }
}
