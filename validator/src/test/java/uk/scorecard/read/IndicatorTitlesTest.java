package uk.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.scorecard.model.Polarity;

/**
 * The catalogue over a labelled list of real children's services indicator titles: it may leave a
 * title unrated, but it may never give one the wrong direction, nor give a direction to a count or
 * context measure that is not rated at all.
 */
class IndicatorTitlesTest {

  /** The list must stay big enough to mean something. */
  private static final int MIN_TITLES = 150;

  /** Titles labelled higher or lower that the catalogue rates rightly: 290 of 322 when written. */
  private static final int MIN_RATED = 290;

  private record Labelled(String direction, String title, String source) {}

  private static List<Labelled> titles;

  @BeforeAll
  static void load() throws IOException {
    titles = new ArrayList<>();
    try (InputStream in = IndicatorTitlesTest.class.getResourceAsStream("indicator-titles.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        assertThat(cols).as("direction, title and source in: %s", line).hasSize(3);
        assertThat(cols[0]).as("direction of: %s", line).isIn("higher", "lower", "none");
        assertThat(cols[1]).as("title in: %s", line).isNotBlank();
        assertThat(cols[2]).as("source in: %s", line).isNotBlank();
        titles.add(new Labelled(cols[0], cols[1], cols[2]));
      }
    }
  }

  @Test
  void theListIsLargeAndCoversEachDirection() {
    assertThat(titles).hasSizeGreaterThanOrEqualTo(MIN_TITLES);
    for (String d : List.of("higher", "lower", "none")) {
      assertThat(titles).as(d).filteredOn(t -> t.direction().equals(d)).hasSizeGreaterThan(40);
    }
    assertThat(titles.stream().map(t -> t.title().toLowerCase()).distinct().count())
        .as("distinct titles")
        .isEqualTo(titles.size());
  }

  @Test
  void noTitleGetsTheWrongDirection() {
    List<String> wrong = new ArrayList<>();
    for (Labelled t : titles) {
      Optional<PolarityCatalogue.Match> m = PolarityCatalogue.lookup(t.title());
      if (m.isPresent() && !label(m.get().polarity()).equals(t.direction())) {
        wrong.add(
            t.direction()
                + " but read "
                + label(m.get().polarity())
                + " ('"
                + m.get().phrase()
                + "'): "
                + t.title());
      }
    }
    assertThat(wrong).as(summary()).isEmpty();
  }

  @Test
  void mostRatedTitlesGetTheirDirection() {
    long rated =
        titles.stream()
            .filter(t -> !t.direction().equals("none"))
            .filter(
                t ->
                    PolarityCatalogue.lookup(t.title())
                        .map(m -> label(m.polarity()))
                        .filter(t.direction()::equals)
                        .isPresent())
            .count();
    System.out.println("IndicatorTitlesTest: " + summary());
    assertThat(rated).as(summary()).isGreaterThanOrEqualTo(MIN_RATED);
  }

  /** Precision and recall over the list, for the test's output and its failure messages. */
  private static String summary() {
    int given = 0;
    int right = 0;
    int directed = 0;
    for (Labelled t : titles) {
      Optional<PolarityCatalogue.Match> m = PolarityCatalogue.lookup(t.title());
      directed += t.direction().equals("none") ? 0 : 1;
      if (m.isPresent()) {
        given++;
        right += label(m.get().polarity()).equals(t.direction()) ? 1 : 0;
      }
    }
    return String.format(
        "%d titles; %d given a direction, %d of them right (precision %.1f%%);"
            + " %d of %d higher/lower titles rated (recall %.1f%%)",
        titles.size(),
        given,
        right,
        given == 0 ? 100.0 : 100.0 * right / given,
        right,
        directed,
        100.0 * right / directed);
  }

  private static String label(Polarity p) {
    return p == Polarity.HIGHER_IS_BETTER
        ? "higher"
        : p == Polarity.LOWER_IS_BETTER ? "lower" : "none";
  }
}
