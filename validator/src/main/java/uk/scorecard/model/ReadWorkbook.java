package uk.scorecard.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything read from a workbook: its indicator tables, what the reader found amiss, and the day
 * it was last saved as its properties say ({@code saved}, null when they do not say).
 */
public record ReadWorkbook(
    Format format,
    List<String> sheetNames,
    List<IndicatorTable> tables,
    List<Finding> findings,
    @Nullable LocalDate saved) {

  /** A workbook whose properties do not say when it was saved. */
  public ReadWorkbook(
      Format format, List<String> sheetNames, List<IndicatorTable> tables, List<Finding> findings) {
    this(format, sheetNames, tables, findings, null);
  }

  /** The container format, which the rated workbook keeps. */
  public enum Format {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    XLSM("xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12"),
    XLTX("xltx", "application/vnd.openxmlformats-officedocument.spreadsheetml.template"),
    XLS("xls", "application/vnd.ms-excel");

    private final String extension;
    private final String contentType;

    Format(String extension, String contentType) {
      this.extension = extension;
      this.contentType = contentType;
    }

    /** The file extension without a dot. */
    public String extension() {
      return extension;
    }

    /** The MIME type to send it with. */
    public String contentType() {
      return contentType;
    }
  }

  /** True when a table has our live helper columns: an earlier rate --live made it live. */
  public boolean live() {
    return tables.stream().anyMatch(t -> t.layout().has(Column.LIVE_LATEST));
  }

  public ReadWorkbook {
    sheetNames = List.copyOf(sheetNames);
    tables = List.copyOf(tables);
    findings = List.copyOf(findings);
  }
}
