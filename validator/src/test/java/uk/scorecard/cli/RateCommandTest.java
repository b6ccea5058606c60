package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rate} over folders: rated copies at the same relative paths, originals untouched. */
final class RateCommandTest {

  @TempDir Path dir;

  @Test
  void aFolderIsRatedIntoOutDirAtTheSameRelativePaths() throws Exception {
    Path in = dir.resolve("workbooks");
    Scorecards.put(in, "clean.xlsx", Scorecards.clean());
    Scorecards.put(in, "team/2024/no-target.xlsx", Scorecards.noTarget());
    Scorecards.put(in, "team/~$clean.xlsx", Scorecards.lockFile());
    byte[] original = Files.readAllBytes(in.resolve("clean.xlsx"));
    Path out = dir.resolve("rated");

    Run run = Run.of("rate", in.toString(), "--out-dir", out.toString());

    assertThat(run.code()).as(run.err()).isEqualTo(Cli.CLEAN);
    assertThat(files(out)).containsExactly("clean.xlsx", "team/2024/no-target.xlsx");
    assertThat(run.outLines())
        .containsExactly(
            "Wrote " + out.resolve("clean.xlsx"),
            "Wrote " + out.resolve("team/2024/no-target.xlsx"),
            "2 workbooks, 2 indicators (0 red, 1 amber, 0 green, 1 grey): 0 errors, 0 warnings,"
                + " 0 info");
    assertThat(Files.readAllBytes(in.resolve("clean.xlsx"))).isEqualTo(original);
    assertThat(rating(out.resolve("clean.xlsx"))).isEqualTo("amber");
  }

  @Test
  void anOutDirInsideTheFolderIsNotRatedAgain() throws Exception {
    Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    Path out = dir.resolve("rated");

    assertThat(Run.of("rate", dir.toString(), "--out-dir", out.toString()).code())
        .isEqualTo(Cli.CLEAN);
    Run again = Run.of("rate", dir.toString(), "--out-dir", out.toString());

    assertThat(again.code()).isEqualTo(Cli.CLEAN);
    assertThat(files(dir)).containsExactly("clean.xlsx", "rated/clean.xlsx");
  }

  @Test
  void anUnreadableWorkbookExitsTwoAndTheOthersAreStillRated() throws Exception {
    Path broken = Scorecards.put(dir, "in/broken.xlsx", Scorecards.garbage());
    Scorecards.put(dir, "in/clean.xlsx", Scorecards.clean());
    Path out = dir.resolve("out");

    Run run = Run.of("rate", dir.resolve("in").toString(), "--out-dir", out.toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.outLines())
        .startsWith(
            broken
                + ": cannot rate: not a spreadsheet: expected an"
                + " Excel workbook (.xlsx, .xlsm or .xls)");
    assertThat(files(out)).containsExactly("clean.xlsx");
  }

  @Test
  void ratingIntoTheSameFolderNeverReplacesAWorkbook() throws Exception {
    Path in = Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    byte[] original = Files.readAllBytes(in);

    Run run = Run.of("rate", dir.toString(), "--out-dir", dir.toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.outLines().get(0))
        .isEqualTo(
            in
                + ": cannot rate: the rated copy would"
                + " replace the workbook itself; choose another --out-dir");
    assertThat(Files.readAllBytes(in)).isEqualTo(original);
  }

  @Test
  void twoWorkbooksRatedToOnePathAreRefusedNotOverwritten() throws Exception {
    Path a = Scorecards.put(dir, "a/board.xlsx", Scorecards.clean());
    Path b = Scorecards.put(dir, "b/board.xlsx", Scorecards.noTarget());
    Path out = dir.resolve("out");

    Run run = Run.of("rate", a.toString(), b.toString(), "--out-dir", out.toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.outLines())
        .contains(
            b
                + ": cannot rate: another workbook in this run was"
                + " already rated to "
                + out.resolve("board.xlsx"));
    assertThat(rating(out.resolve("board.xlsx"))).isEqualTo("amber");
  }

  @Test
  void aSingleFileIsStillRatedBesideItselfOrToOutput() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.clean());

    assertThat(Run.of("rate", in.toString()).code()).isEqualTo(Cli.CLEAN);
    assertThat(Run.of("rate", in.toString(), "-o", dir.resolve("x/y.xlsx").toString()).code())
        .isEqualTo(Cli.CLEAN);

    assertThat(files(dir)).containsExactly("board-rated.xlsx", "board.xlsx", "x/y.xlsx");
  }

  @Test
  void foldersNeedOutDirAndOutputNamesOneWorkbook() throws Exception {
    Path in = Scorecards.put(dir, "in/board.xlsx", Scorecards.clean());

    Run noOutDir = Run.of("rate", dir.resolve("in").toString());
    Run outputForFolder = Run.of("rate", dir.resolve("in").toString(), "-o", "x.xlsx");
    Run both = Run.of("rate", in.toString(), "-o", "x.xlsx", "--out-dir", "y");
    Run liveAndNot = Run.of("rate", in.toString(), "-o", "x.xlsx", "--live", "--no-live");

    assertThat(noOutDir.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(noOutDir.err()).contains("rating a folder or pattern needs --out-dir");
    assertThat(outputForFolder.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(outputForFolder.err()).contains("-o names one rated workbook");
    assertThat(both.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(both.err()).contains("give -o or --out-dir, not both");
    assertThat(liveAndNot.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(liveAndNot.err()).contains("give --live or --no-live, not both");
    assertThat(files(dir)).containsExactly("in/board.xlsx");
  }

  /** The rating check gives the first indicator of a (rated) workbook. */
  private static String rating(Path workbook) throws Exception {
    Run run = Run.of("check", workbook.toString(), "--format", "json");
    JsonNode json = new ObjectMapper().readTree(run.out());
    return json.at("/files/0/indicators/0/rating").asText();
  }

  private static List<String> files(Path root) throws Exception {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
