package uk.scorecard.compare;

import org.jspecify.annotations.Nullable;

/**
 * One change to one indicator between last month's workbook and this month's: its kind, the
 * indicator (sheet, id and title as this month has them, or as last month had them when removed),
 * the period it concerns (empty when none) and the values before and after, as each workbook shows
 * them (empty when not applicable).
 */
public record Difference(
    Kind kind, String sheet, String id, String title, String period, String was, String now) {

  public Difference {
    sheet = nz(sheet);
    id = nz(id);
    title = nz(title);
    period = nz(period);
    was = nz(was);
    now = nz(now);
  }

  /** The indicator as a reader names it: its id, or its title when it has none. */
  public String name() {
    return id.isEmpty() ? title : id;
  }

  /** The change in one line: {@code CP 11: past figure restated: Feb-20 19% -> 20%}. */
  public String line() {
    StringBuilder sb = new StringBuilder(name()).append(": ").append(kind.words());
    if (!period.isEmpty()) {
      sb.append(": ").append(period);
    }
    if (!was.isEmpty() || !now.isEmpty()) {
      sb.append(period.isEmpty() ? ": " : " ")
          .append(was.isEmpty() ? "(none)" : was)
          .append(" -> ")
          .append(now.isEmpty() ? "(none)" : now);
    }
    return sb.toString();
  }

  private static String nz(@Nullable String s) {
    return s == null ? "" : s;
  }
}
