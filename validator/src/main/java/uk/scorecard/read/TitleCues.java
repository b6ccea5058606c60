package uk.scorecard.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cues of {@code polarity-catalogue.tsv} found in an indicator's title, with negation applied:
 * a good cue that follows 'not', 'no' or 'without' becomes a failure.
 */
final class TitleCues {

  /** What a cue says about the indicator; see the catalogue file for each kind's meaning. */
  enum Kind {
    HIGHER,
    LOWER,
    FAILURE,
    ACTIVITY,
    WEAK_HIGHER,
    WEAK_LOWER,
    NEGATOR,
    COUNT,
    SHARE,
    CONTEXT,
    UNSURE;

    boolean isCue() {
      return ordinal() <= WEAK_LOWER.ordinal();
    }

    boolean isGood() {
      return this == HIGHER || this == ACTIVITY || this == WEAK_HIGHER;
    }
  }

  /** A cue found at [start, end) of the normalised title; text is what it will be quoted as. */
  record Hit(Kind kind, int start, int end, String text) {}

  /** The hits in one title, in title order, and whether a bad cue was itself negated. */
  record Reading(List<Hit> hits, boolean negatedBadCue) {

    boolean has(Kind kind) {
      return hits.stream().anyMatch(h -> h.kind() == kind);
    }
  }

  private record Entry(Kind kind, Pattern pattern) {}

  /** Words or marks between a negator and a cue that end the negator's reach. */
  private static final Set<String> BOUNDARIES =
      Set.of(
          "who", "which", "that", "where", "whose", "whom", "and", "but", "or", "for", "with", "by",
          "because", "-");

  private static final int NEGATION_REACH = 3;
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");
  private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
  private static final List<Entry> ENTRIES = load();

  private TitleCues() {}

  /** The title as the patterns see it: lower case, one space, plain dashes, 'and' for '&'. */
  static String normalise(String title) {
    String t = DASHES.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("-");
    t = t.replace("&", " and ").replace("n't", " not");
    return SPACES.matcher(t).replaceAll(" ").trim();
  }

  /** The cues and markers in a normalised title. */
  static Reading read(String t) {
    List<Hit> found = new ArrayList<>();
    for (Entry e : ENTRIES) {
      Matcher m = e.pattern().matcher(t);
      while (m.find()) {
        if (m.end() > m.start()) {
          found.add(new Hit(e.kind(), m.start(), m.end(), m.group().trim()));
        }
      }
    }
    List<Hit> kept = new ArrayList<>();
    found.stream()
        .filter(h -> h.kind().isCue())
        .sorted(Comparator.comparingInt((Hit h) -> h.start() - h.end()).thenComparing(Hit::start))
        .forEach(
            h -> {
              if (kept.stream().noneMatch(k -> k.start() < h.end() && h.start() < k.end())) {
                kept.add(h);
              }
            });
    found.stream().filter(h -> !h.kind().isCue()).forEach(kept::add);
    kept.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> h.kind().isCue()));
    return negate(t, kept);
  }

  /**
   * Turns good cues within reach of a negator into failures; a negated good cue passes the negation
   * on ('not seen within 10 days'). A negated bad cue is noted: the title is then unsure.
   */
  private static Reading negate(String t, List<Hit> hits) {
    List<Hit> out = new ArrayList<>();
    int from = -1;
    int anchor = -1;
    boolean negatedBad = false;
    for (Hit h : hits) {
      if (h.kind() == Kind.NEGATOR) {
        from = h.start();
        anchor = h.end();
        out.add(h);
        continue;
      }
      boolean reached = anchor >= 0 && h.start() >= anchor && near(t.substring(anchor, h.start()));
      if (h.kind().isGood() && reached) {
        out.add(new Hit(Kind.FAILURE, from, h.end(), t.substring(from, h.end())));
        anchor = h.end();
        continue;
      }
      if (reached && (h.kind() == Kind.LOWER || h.kind() == Kind.WEAK_LOWER)) {
        negatedBad = true;
      }
      out.add(h);
    }
    return new Reading(List.copyOf(out), negatedBad);
  }

  private static boolean near(String gap) {
    if (gap.matches(".*[,;:()/.].*") || gap.contains(" - ")) {
      return false;
    }
    String[] words = gap.replace("-", " ").trim().split(" ");
    if (words.length > NEGATION_REACH) {
      return false;
    }
    for (String w : words) {
      if (BOUNDARIES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = TitleCues.class.getResourceAsStream("polarity-catalogue.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        Kind kind = Kind.valueOf(parts[0].trim().replace('-', '_').toUpperCase(Locale.ROOT));
        out.add(new Entry(kind, Pattern.compile(parts[1].trim())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the polarity catalogue", e);
    }
    return List.copyOf(out);
  }
}
