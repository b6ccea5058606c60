package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs clobber nothing: a rated copy never replaces its workbook, however the path reaches it; a
 * FIFO, a device or a link to one is written through, never replaced by a regular file; a folder is
 * refused; workbooks inside {@code --out-dir} are named when they are skipped.
 */
final class OutputTargetsTest {

  @TempDir Path dir;

  @Test
  void rateOntoItsOwnWorkbookIsRefused() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.clean());
    byte[] original = Files.readAllBytes(in);

    Run run = Run.of("rate", in.toString(), "-o", in.toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.outLines().get(0))
        .isEqualTo(
            in
                + ": cannot rate: the rated copy would"
                + " replace the workbook itself; choose another -o");
    assertThat(Files.readAllBytes(in)).isEqualTo(original);
  }

  @Test
  void rateOntoItsWorkbookThroughAnotherPathOrALinkIsRefused() throws Exception {
    Path in = Scorecards.put(dir, "team/board.xlsx", Scorecards.clean());
    byte[] original = Files.readAllBytes(in);
    Files.createDirectories(dir.resolve("other"));
    Path symlink = Files.createSymbolicLink(dir.resolve("link.xlsx"), in);
    Path hardLink = Files.createLink(dir.resolve("hard.xlsx"), in);
    Path roundabout = dir.resolve("other/../team/./board.xlsx");

    for (Path out : new Path[] {symlink, hardLink, roundabout}) {
      Run run = Run.of("rate", in.toString(), "-o", out.toString());

      assertThat(run.code()).as(out.toString()).isEqualTo(Cli.UNREADABLE);
      assertThat(run.outLines().get(0))
          .as(out.toString())
          .endsWith("the rated copy would replace the workbook itself; choose another -o");
    }
    assertThat(Files.readAllBytes(in)).isEqualTo(original);
    assertThat(Files.isSymbolicLink(symlink)).isTrue();
  }

  @Test
  void checkOutputOntoAWorkbookBeingCheckedIsRefused() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.clean());
    byte[] original = Files.readAllBytes(in);

    Run run = Run.of("check", in.toString(), "--output", dir.resolve("./board.xlsx").toString());

    assertThat(run.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(run.err().lines())
        .containsExactly(
            dir.resolve("./board.xlsx")
                + ": cannot write the report: it would replace a workbook being checked");
    assertThat(Files.readAllBytes(in)).isEqualTo(original);
  }

  @Test
  void anOutputNamingAFolderIsRefusedAndTheFolderKept() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.clean());
    Path folder = Files.createDirectories(dir.resolve("reports"));

    Run rate = Run.of("rate", in.toString(), "-o", folder.toString());
    Run check = Run.of("check", in.toString(), "--output", folder.toString());

    assertThat(rate.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(rate.outLines())
        .startsWith(
            in
                + ": cannot rate: "
                + folder
                + " is a folder: give -o the rated workbook's file name");
    assertThat(check.code()).isEqualTo(Cli.UNREADABLE);
    assertThat(check.err().lines())
        .containsExactly(
            folder + ": cannot write the report: it is a folder; give --output a file name");
    assertThat(Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void aReportToAFifoIsStreamedAndTheFifoKept() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.impossible());
    Path fifo = fifo(dir.resolve("report.fifo"));

    String report =
        readingAll(
            fifo,
            () -> Run.of("check", in.toString(), "--format", "json", "--output", fifo.toString()));

    assertThat(report).startsWith("{").contains("percent-range");
    assertThat(isFifo(fifo)).isTrue();
  }

  @Test
  void aReportThroughALinkToAFifoIsStreamedAndTheLinkKept() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.impossible());
    Path fifo = fifo(dir.resolve("report.fifo"));
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), fifo);

    String report =
        readingAll(
            fifo,
            () -> Run.of("check", in.toString(), "--format", "json", "--output", link.toString()));

    assertThat(report).contains("percent-range");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(isFifo(fifo)).isTrue();
  }

  @Test
  void aRatedWorkbookToAFifoIsStreamed() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.clean());
    Path fifo = fifo(dir.resolve("rated.fifo"));

    String rated = readingAll(fifo, () -> Run.of("rate", in.toString(), "-o", fifo.toString()));

    assertThat(rated).startsWith("PK");
    assertThat(isFifo(fifo)).isTrue();
  }

  @Test
  void aReportThroughALinkToStandardOutputGoesToStandardOutput() throws Exception {
    Path in = Scorecards.put(dir, "board.xlsx", Scorecards.impossible());
    Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("/dev/stdout"));

    Run run = Run.of("check", in.toString(), "--format", "json", "--output", link.toString());

    assertThat(run.code()).isEqualTo(Cli.FINDINGS);
    assertThat(run.out()).startsWith("{").contains("\"percent-range\"");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/stdout"));
  }

  @Test
  void workbooksInsideTheOutDirAreNamedWhenSkipped() throws Exception {
    Scorecards.put(dir, "clean.xlsx", Scorecards.clean());
    Path inside = Scorecards.put(dir, "team/board.xlsx", Scorecards.noTarget());

    Run run = Run.of("rate", dir.toString(), "--out-dir", dir.resolve("team").toString());

    assertThat(run.outLines())
        .contains(
            inside
                + ": not rated: it is inside --out-dir "
                + dir.resolve("team")
                + ", where the rated copies go");
  }

  private static Path fifo(Path path) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).start();
    } catch (IOException e) {
      p = null;
    }
    assumeTrue(p != null && p.waitFor() == 0, "mkfifo makes a FIFO here");
    return path;
  }

  private static boolean isFifo(Path p) {
    try {
      return Files.readAttributes(
              p, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
          .isOther();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Runs the command while a reader drains the FIFO; what it read. A command that replaces the FIFO
   * never opens it, so a reader still waiting to open it is then released by opening the FIFO here
   * (which a reader that has opened it must not be, or it would wait for our end).
   */
  private static String readingAll(Path fifo, java.util.function.Supplier<Run> command)
      throws Exception {
    AtomicBoolean opened = new AtomicBoolean();
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                opened.set(true);
                in.transferTo(got);
              } catch (IOException e) {
                // Nothing read: the assertions say so.
              }
            });
    reader.start();
    Run run = command.get();
    if (!opened.get() && Files.exists(fifo) && !Files.isRegularFile(fifo)) {
      try (var unblock = Files.newOutputStream(fifo)) {
        // Opened and closed: the reader sees an empty stream.
      }
    }
    reader.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(run.code()).as(run.out() + run.err()).isIn(Cli.CLEAN, Cli.FINDINGS);
    return got.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  static Stream<Path> tempFiles(Path folder) throws IOException {
    return Files.list(folder).filter(p -> p.getFileName().toString().startsWith(".scorecard-"));
  }
}
