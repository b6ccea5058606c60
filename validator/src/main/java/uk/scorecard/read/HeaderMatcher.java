package uk.scorecard.read;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.scorecard.model.Column;

/** Recognises a header cell by what it means, whatever its case, spacing or line breaks. */
final class HeaderMatcher {

  /** The word that means either an id or a title, decided by the table around it. */
  static final String AMBIGUOUS_INDICATOR = "indicator";

  private static final Map<String, Column> EXACT =
      Map.ofEntries(
          Map.entry("ref", Column.ID),
          Map.entry("reference", Column.ID),
          Map.entry("indicator number", Column.ID),
          Map.entry("indicator no", Column.ID),
          Map.entry("indicator ref", Column.ID),
          Map.entry("no", Column.ID),
          Map.entry("pi", Column.ID),
          Map.entry("kpi", Column.ID),
          Map.entry("code", Column.ID),
          Map.entry("id", Column.ID),
          Map.entry("measure ref", Column.ID),
          Map.entry("pi ref", Column.ID),
          Map.entry("kpi ref", Column.ID),
          Map.entry("pi no", Column.ID),
          Map.entry("kpi no", Column.ID),
          Map.entry("indicator code", Column.ID),
          Map.entry("indicator ref no", Column.ID),
          Map.entry("ref no", Column.ID),
          Map.entry("indicator id", Column.ID),
          Map.entry("title", Column.TITLE),
          Map.entry("indicator name", Column.TITLE),
          Map.entry("indicator title", Column.TITLE),
          Map.entry("descriptor", Column.TITLE),
          Map.entry("measure", Column.TITLE),
          Map.entry("description", Column.TITLE),
          Map.entry("indicator description", Column.TITLE),
          Map.entry("measure name", Column.TITLE),
          Map.entry("measure title", Column.TITLE),
          Map.entry("measure description", Column.TITLE),
          Map.entry("kpi title", Column.TITLE),
          Map.entry("kpi name", Column.TITLE),
          Map.entry("kpi description", Column.TITLE),
          Map.entry("performance indicator", Column.TITLE),
          Map.entry("good performance is", Column.POLARITY),
          Map.entry("polarity (h/l)", Column.POLARITY),
          Map.entry("polarity", Column.POLARITY),
          Map.entry("good is", Column.POLARITY),
          Map.entry("direction", Column.POLARITY),
          Map.entry("better if", Column.POLARITY),
          Map.entry("unit", Column.UNIT),
          Map.entry("units", Column.UNIT),
          Map.entry("tolerance", Column.TOLERANCE),
          Map.entry("lower tolerance", Column.LOWER_TOLERANCE),
          Map.entry("upper tolerance", Column.UPPER_TOLERANCE),
          Map.entry("numerator", Column.NUMERATOR),
          Map.entry("denominator", Column.DENOMINATOR),
          Map.entry("change", Column.CHANGE),
          Map.entry("rag", Column.RAG),
          Map.entry("brag", Column.RAG),
          Map.entry("rag rating", Column.RAG),
          Map.entry("rating", Column.RAG),
          Map.entry("status", Column.RAG),
          Map.entry("rag status", Column.RAG),
          Map.entry("caveat", Column.CAVEAT),
          Map.entry("caveats", Column.CAVEAT),
          Map.entry("data caveat", Column.CAVEAT),
          Map.entry("data caveats", Column.CAVEAT),
          Map.entry("notes", Column.CAVEAT),
          Map.entry("note", Column.CAVEAT),
          Map.entry("commentary", Column.CAVEAT),
          Map.entry("comments", Column.CAVEAT),
          Map.entry("comment", Column.CAVEAT),
          Map.entry("management commentary", Column.CAVEAT),
          Map.entry("performance commentary", Column.CAVEAT),
          Map.entry("target / range", Column.TARGET),
          Map.entry("target/range", Column.TARGET),
          Map.entry("target range", Column.TARGET),
          Map.entry("target or range", Column.TARGET),
          Map.entry("frequency", Column.FREQUENCY),
          Map.entry("reporting frequency", Column.FREQUENCY),
          Map.entry("blue", Column.BLUE),
          Map.entry("blue threshold", Column.BLUE),
          Map.entry("direction of travel", Column.DIRECTION),
          Map.entry("dot", Column.DIRECTION),
          Map.entry("england", Column.ENGLAND),
          Map.entry("england average", Column.ENGLAND),
          Map.entry("national", Column.NATIONAL),
          Map.entry("national average", Column.NATIONAL),
          Map.entry("london", Column.LONDON),
          Map.entry("london average", Column.LONDON),
          Map.entry("region", Column.REGION),
          Map.entry("regional average", Column.REGION),
          Map.entry("stat neighbours", Column.STAT_NEIGHBOURS),
          Map.entry("statistical neighbours", Column.STAT_NEIGHBOURS),
          Map.entry("latest figure (helper)", Column.LIVE_LATEST),
          Map.entry("previous figure (helper)", Column.LIVE_PREVIOUS),
          Map.entry("stat neighbour average", Column.STAT_NEIGHBOURS));

  private static final Pattern TARGET =
      Pattern.compile(
          "((annual|year[ -]end|\\d{4}([/-]\\d{2,4})?) )?"
              + "target( \\(?(for )?\\d{4}([/-]\\d{2,4})?\\)?)?( \\(?%\\)?)?");
  private static final Pattern CHANGE = Pattern.compile("change( since (last|previous) \\w+)?");

  // Compiled once: every text cell of a sheet's first rows is tried as a header.
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s*:.†]+$");

  private HeaderMatcher() {}

  /** The header's words in a standard form: lower case, single spaces, no trailing marks. */
  static String normalise(String header) {
    String h = SPACES.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ");
    // Trailing marks are cut by hand: the regex [\\s*:.†]+$ was quadratic on a long run of them.
    int end = h.length();
    while (end > 0 && " *:.†".indexOf(h.charAt(end - 1)) >= 0) {
      end--;
    }
    return h.substring(0, end).trim();
  }

  /**
   * The column a header names, or null; "Indicator" alone returns null (see {@link #isIndicator}).
   */
  static @Nullable Column match(String header) {
    String h = normalise(header);
    Column c = EXACT.get(h);
    if (c != null) {
      return c;
    }
    if (TARGET.matcher(h).matches()) {
      return Column.TARGET;
    }
    return CHANGE.matcher(h).matches() ? Column.CHANGE : null;
  }

  /** Words that name a column of ours but as often an officer's own: Notes, Status. */
  private static final java.util.Set<String> WEAK =
      java.util.Set.of("notes", "note", "status", "rating");

  /**
   * How surely a header names its column, when two headers of a row name the same one: 2 for its
   * own name (Caveat, RAG, Target), 1 for a synonym (Comments, Management commentary), 0 for a word
   * that as often names an officer's own column (Notes, Status).
   */
  static int rank(Column c, String header) {
    if (header == null) {
      return -1;
    }
    String h = normalise(header);
    String own = c.header().toLowerCase(Locale.ROOT);
    if (h.equals(own)
        || h.equals(own + "s")
        || h.equals("data " + own)
        || h.equals("data " + own + "s")
        || c == Column.RAG && h.equals("brag")) {
      return 2;
    }
    return WEAK.contains(h) ? 0 : 1;
  }

  /** True for the header "Indicator", which is an id or a title depending on its neighbours. */
  static boolean isIndicator(String header) {
    String h = normalise(header);
    return h.equals(AMBIGUOUS_INDICATOR) || h.equals("indicators");
  }
}
