package uk.scorecard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The two launchers, bin/scorecard and bin/scorecard.cmd, start the same main class with the same
 * JVM settings, so the figures measured under one hold for the other.
 */
final class LaunchersTest {

  private static final Path BIN = Path.of("..", "bin");
  private static final Pattern JVM_OPTION = Pattern.compile("(?<=[\\s=])-X[^\\s\"$%]+");

  @Test
  void bothLaunchersGiveTheJvmTheSameSettings() throws IOException {
    Set<String> sh = options(read("scorecard"));
    Set<String> cmd = options(read("scorecard.cmd"));
    // The shell adds transparent huge pages only where the kernel offers them: not on Windows.
    sh.remove("-XX:+UseTransparentHugePages");
    assertThat(sh).contains("-Xmx512m", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=");
    assertThat(cmd).isEqualTo(sh);
  }

  @Test
  void bothLaunchersStartTheCommandLine() throws IOException {
    String main = Main.class.getName();
    assertThat(read("scorecard")).contains("-cp \"$jar\" " + main + " \"$@\"");
    assertThat(read("scorecard.cmd")).contains("-cp \"%jar%\" " + main + " %*");
  }

  @Test
  void theWindowsLauncherHasWindowsLineEndings() throws IOException {
    // cmd.exe misreads labels and goto in a file with bare line feeds; .gitattributes keeps CRLF.
    String cmd = read("scorecard.cmd");
    assertThat(cmd.split("\r\n", -1)).hasSize((int) cmd.lines().count() + 1);
    assertThat(Files.readString(BIN.resolve("..").resolve(".gitattributes")))
        .contains("*.cmd text eol=crlf");
  }

  private static String read(String name) throws IOException {
    return Files.readString(BIN.resolve(name), StandardCharsets.UTF_8);
  }

  private static Set<String> options(String script) {
    Set<String> found = new TreeSet<>();
    Matcher m = JVM_OPTION.matcher(script);
    while (m.find()) {
      String option = m.group();
      // The archive options name a file, which each script spells its own way.
      found.add(option.replaceAll("^(-XX:(ArchiveClassesAtExit|SharedArchiveFile)=).*", "$1"));
    }
    return found;
  }
}
