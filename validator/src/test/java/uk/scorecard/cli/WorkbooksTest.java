package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.scorecard.report.Unreadable;

/** Which files the command line's paths, folders and patterns name. */
final class WorkbooksTest {

  @TempDir Path dir;

  @BeforeEach
  void files() throws Exception {
    byte[] any = {1};
    for (String f :
        List.of(
            "top.xlsx",
            "a/one.XLSX",
            "a/b/two.xlsm",
            "a/b/old.xls",
            "a/~$one.xlsx",
            "a/notes.txt",
            "a/data.csv",
            "a/.hidden.xlsx",
            ".git/x.xlsx",
            "c/three.xlsx",
            "empty/readme.md")) {
      Scorecards.put(dir, f, any);
    }
  }

  @Test
  void aFolderIsWalkedForWorkbooksInPathOrderSkippingLockAndHiddenFiles() {
    Workbooks.Expansion e = Workbooks.expand(List.of(dir.toString()), null);

    assertThat(e.problems()).isEmpty();
    assertThat(e.found())
        .extracting(f -> rel(f.file()), f -> f.root())
        .containsExactly(
            tuple("a/b/old.xls", dir),
            tuple("a/b/two.xlsm", dir),
            tuple("a/one.XLSX", dir),
            tuple("c/three.xlsx", dir),
            tuple("top.xlsx", dir));
  }

  @Test
  void aFileIsTakenAsGivenWithItsOwnFolderAsRootButNeverALockFile() {
    Workbooks.Expansion e =
        Workbooks.expand(
            List.of(dir.resolve("a/data.csv").toString(), dir.resolve("a/~$one.xlsx").toString()),
            null);

    assertThat(e.found())
        .extracting(f -> rel(f.file()), f -> f.root())
        .containsExactly(tuple("a/data.csv", dir.resolve("a")));
  }

  @Test
  void doubleStarMatchesAnyDepthIncludingNone() {
    Workbooks.Expansion e = Workbooks.expand(List.of(dir + "/**/*.xlsx"), null);

    assertThat(e.found())
        .extracting(f -> rel(f.file()))
        .containsExactly("c/three.xlsx", "top.xlsx");
    assertThat(e.found()).extracting(Workbooks.Found::root).containsOnly(dir);
  }

  @Test
  void aPatternsFolderIsItsRootAndSingleStarsStayInOneFolder() {
    Workbooks.Expansion e = Workbooks.expand(List.of(dir + "/a/*/*.xls*"), null);

    assertThat(e.found())
        .extracting(f -> rel(f.file()), f -> f.root())
        .containsExactly(
            tuple("a/b/old.xls", dir.resolve("a")), tuple("a/b/two.xlsm", dir.resolve("a")));
  }

  @Test
  void aWorkbookNamedTwiceIsCheckedOnce() {
    Workbooks.Expansion e =
        Workbooks.expand(
            List.of(dir.resolve("c").toString(), dir.resolve("c/../c/three.xlsx").toString()),
            null);

    assertThat(e.found()).extracting(f -> rel(f.file())).containsExactly("c/three.xlsx");
  }

  @Test
  void argumentsThatNameNoWorkbookAreProblemsAndTheRestStillCount() {
    String missing = dir.resolve("nope.xlsx").toString();
    String empty = dir.resolve("empty").toString();
    String noMatch = dir + "/**/*.ods";

    Workbooks.Expansion e =
        Workbooks.expand(
            List.of(missing, empty, noMatch, dir.resolve("top.xlsx").toString()), null);

    assertThat(e.problems())
        .extracting(Unreadable::path, Unreadable::reason)
        .containsExactly(
            tuple(missing, "no such file or folder"),
            tuple(empty, "no workbooks (.xlsx, .xlsm, .xls) in this folder"),
            tuple(noMatch, "no workbooks match this pattern"));
    assertThat(e.found()).extracting(f -> rel(f.file())).containsExactly("top.xlsx");
  }

  @Test
  void theSkippedFolderIsNeverWalkedInto() {
    Workbooks.Expansion e = Workbooks.expand(List.of(dir.toString()), dir.resolve("a"));

    assertThat(e.found())
        .extracting(f -> rel(f.file()))
        .containsExactly("c/three.xlsx", "top.xlsx");
  }

  @Test
  void foldersAndPatternsNameManyAndFilesOne() {
    assertThat(Workbooks.namesMany(dir.toString())).isTrue();
    assertThat(Workbooks.namesMany(dir + "/*.xlsx")).isTrue();
    assertThat(Workbooks.namesMany(dir.resolve("top.xlsx").toString())).isFalse();
    assertThat(Workbooks.namesMany(dir.resolve("missing.xlsx").toString())).isFalse();
  }

  private String rel(Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }
}
