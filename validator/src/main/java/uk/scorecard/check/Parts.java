package uk.scorecard.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.IndicatorRow;
import uk.scorecard.model.IndicatorTable;

/**
 * Which rows of a table are parts of which, as the officer's layout says it: a sub-id (MC 1a under
 * MC 1), a title indented below a less indented one, or a title that says so ("of which", "– of
 * those"). A part is found only next to its whole (or below it, for a sub-id), never across a
 * section, a blank row or a note.
 */
final class Parts {

  /** How a part is related to its whole. */
  enum Cue {
    /** "Of which", "of whom" or a sub-id: one slice of a breakdown of its whole. */
    BREAKDOWN,
    /** "Of those", a dash, an indent: drawn from its whole, perhaps one of a funnel of filters. */
    SUBSET
  }

  /** A row that is part of another, and how it says so. */
  record Part(IndicatorRow row, IndicatorRow whole, Cue cue) {}

  private static final Pattern BREAKDOWN = Pattern.compile("(?i)\\bof (which|whom)\\b");
  private static final Pattern SUBSET =
      Pattern.compile("(?i)\\bof (those|these|them)\\b|^\\s*[-\u2013\u2014\u2022\u00b7>]\\s*\\S");

  /** An id with a letter after its number: MC 1a, NI 65b, CIN 4 (c). */
  private static final Pattern SUB_ID = Pattern.compile("(?i)^(.*\\d)\\s*[-.]?\\s*\\(?[a-z]\\)?$");

  /** The most rows a part is looked for above: a breakdown longer than this is not one. */
  private static final int REACH = 100;

  private final Map<IndicatorRow, Part> partOf = new IdentityHashMap<>();
  private final Map<IndicatorRow, List<Part>> partsOf = new IdentityHashMap<>();

  private Parts() {}

  /** The parts and wholes of one table. */
  static Parts of(IndicatorTable table) {
    Parts p = new Parts();
    List<IndicatorRow> rows = table.rows();
    Map<String, Integer> firstById = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      IndicatorRow row = rows.get(i);
      Cue said = cue(row.title());
      Integer base = subIdBase(row.id(), firstById);
      if (base != null) {
        p.add(row, rows.get(base), said != null ? said : Cue.BREAKDOWN);
      } else if (row.indent() > 0 && indentedUnder(rows, i) != null) {
        p.add(row, indentedUnder(rows, i), said != null ? said : Cue.SUBSET);
      } else if (said != null && saidUnder(rows, i) != null) {
        p.add(row, saidUnder(rows, i), said);
      }
      firstById.putIfAbsent(TableChecks.key(row.id()), i);
    }
    return p;
  }

  /** The part a row is, or null when it is part of nothing. */
  @Nullable Part partOf(IndicatorRow row) {
    return partOf.get(row);
  }

  /** A whole's direct parts, top to bottom; empty when it has none. */
  List<Part> partsOf(IndicatorRow whole) {
    return partsOf.getOrDefault(whole, List.of());
  }

  /** Every row that has parts, top to bottom. */
  List<IndicatorRow> wholes() {
    return partsOf.keySet().stream()
        .sorted(java.util.Comparator.comparingInt(IndicatorRow::row))
        .toList();
  }

  /** True when one row is a part, or a part of a part, of the other. */
  boolean related(IndicatorRow a, IndicatorRow b) {
    return within(a, b) || within(b, a);
  }

  private boolean within(IndicatorRow part, IndicatorRow whole) {
    for (Part p = partOf.get(part); p != null; p = partOf.get(p.whole())) {
      if (p.whole() == whole) {
        return true;
      }
    }
    return false;
  }

  private void add(IndicatorRow row, IndicatorRow whole, Cue cue) {
    Part p = new Part(row, whole, cue);
    partOf.put(row, p);
    partsOf.computeIfAbsent(whole, w -> new ArrayList<>()).add(p);
  }

  /** How a title says it is a part, or null when it does not. */
  static @Nullable Cue cue(@Nullable String title) {
    if (title == null) {
      return null;
    }
    if (BREAKDOWN.matcher(title).find()) {
      return Cue.BREAKDOWN;
    }
    return SUBSET.matcher(title).find() ? Cue.SUBSET : null;
  }

  /** The index of the row whose id this sub-id extends, when that row is above it. */
  private static @Nullable Integer subIdBase(String id, Map<String, Integer> firstById) {
    if (id == null) {
      return null;
    }
    Matcher m = SUB_ID.matcher(id.strip());
    return m.matches() ? firstById.get(TableChecks.key(m.group(1))) : null;
  }

  /** The nearest row above, on the rows next above, that is indented less than this one. */
  private static @Nullable IndicatorRow indentedUnder(List<IndicatorRow> rows, int i) {
    IndicatorRow row = rows.get(i);
    for (int j = i - 1; j >= Math.max(0, i - REACH) && adjacent(rows, j, i); j--) {
      if (rows.get(j).indent() < row.indent()) {
        return rows.get(j);
      }
    }
    return null;
  }

  /** The nearest row above whose title does not say it is a part, over parts that do. */
  private static @Nullable IndicatorRow saidUnder(List<IndicatorRow> rows, int i) {
    for (int j = i - 1; j >= Math.max(0, i - REACH) && adjacent(rows, j, i); j--) {
      IndicatorRow above = rows.get(j);
      if (cue(above.title()) == null && above.indent() <= rows.get(i).indent()) {
        return above;
      }
    }
    return null;
  }

  /** True when rows j to i of the table are on consecutive sheet rows: nothing between them. */
  private static boolean adjacent(List<IndicatorRow> rows, int j, int i) {
    return rows.get(i).row() - rows.get(j).row() == i - j;
  }
}
