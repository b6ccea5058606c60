package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How each kind of output path is written: replaced, written through, a standard stream. */
final class DestinationTest {

  @TempDir Path dir;

  @Test
  void standardStreamsAreKnownByTheirNamesAndThroughLinks() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("err"), Path.of("/dev/fd/2"));
    Path linkToLink = Files.createSymbolicLink(dir.resolve("out"), Path.of("/dev/stdout"));

    assertThat(Destination.of(Path.of("/dev/stdout"))).isEqualTo(Destination.STDOUT);
    assertThat(Destination.of(Path.of("/proc/self/fd/1"))).isEqualTo(Destination.STDOUT);
    assertThat(Destination.of(Path.of("/dev/stderr"))).isEqualTo(Destination.STDERR);
    assertThat(Destination.of(link)).isEqualTo(Destination.STDERR);
    assertThat(Destination.of(linkToLink)).isEqualTo(Destination.STDOUT);
  }

  @Test
  void foldersFilesLinksAndDevicesEachHaveTheirWay() throws Exception {
    Path file = Files.writeString(dir.resolve("old.json"), "{}");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
    Path folderLink = Files.createSymbolicLink(dir.resolve("reports"), dir);

    assertThat(Destination.of(dir)).isEqualTo(Destination.FOLDER);
    assertThat(Destination.of(folderLink)).isEqualTo(Destination.FOLDER);
    assertThat(Destination.of(dir.resolve("new.json"))).isEqualTo(Destination.REPLACE);
    assertThat(Destination.of(file)).isEqualTo(Destination.REPLACE);
    assertThat(Destination.of(link)).isEqualTo(Destination.THROUGH);
    if (Files.exists(Path.of("/dev/null"))) {
      assertThat(Destination.of(Path.of("/dev/null"))).isEqualTo(Destination.THROUGH);
    }
  }

  @Test
  void aLinkToARegularFileIsWrittenThroughAndKept() throws Exception {
    Path file = Files.writeString(dir.resolve("report.json"), "old and longer");
    Path link = Files.createSymbolicLink(dir.resolve("latest.json"), file);

    Destination.of(link).write(link, out -> out.write("new".getBytes()));

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(file)).isEqualTo("new");
  }
}
