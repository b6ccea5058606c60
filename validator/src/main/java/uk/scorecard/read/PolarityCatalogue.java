package uk.scorecard.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.scorecard.model.Polarity;

/**
 * The polarity of common children's services indicators, matched on the title: re-referrals and
 * caseloads are lower-is-better, visits and work within timescale higher-is-better. The phrases
 * live in {@code polarity-catalogue.tsv} beside this class so they can be read and extended.
 */
final class PolarityCatalogue {

  /** A polarity found in a title, with the words that gave it away. */
  record Match(Polarity polarity, String phrase) {}

  private record Entry(Polarity polarity, Pattern pattern) {}

  private static final List<Entry> ENTRIES = load();

  private PolarityCatalogue() {}

  /** The polarity a title implies, by its longest matching phrase, if any. */
  static Optional<Match> lookup(String title) {
    if (title == null || title.isBlank()) {
      return Optional.empty();
    }
    String t = title.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ");
    Match best = null;
    for (Entry e : ENTRIES) {
      Matcher m = e.pattern().matcher(t);
      if (m.find() && (best == null || m.group().length() > best.phrase().length())) {
        best = new Match(e.polarity(), m.group().trim());
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Entry> load() {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = PolarityCatalogue.class.getResourceAsStream("polarity-catalogue.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        Polarity p = "lower".equals(parts[0]) ? Polarity.LOWER_IS_BETTER
            : Polarity.HIGHER_IS_BETTER;
        out.add(new Entry(p, Pattern.compile(parts[1].trim())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the polarity catalogue", e);
    }
    return List.copyOf(out);
  }
}
