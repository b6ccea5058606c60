package uk.scorecard.cli;
import java.io.*; import java.nio.file.*; import org.junit.jupiter.api.Test; import org.junit.jupiter.api.io.TempDir;
class ScratchTest {
  @TempDir Path dir;
  @Test void show() throws Exception {
    Scorecards.put(dir, "a/clean.xlsx", Scorecards.clean());
    Scorecards.put(dir, "a/bad.xlsx", Scorecards.impossible());
    Scorecards.put(dir, "b/text.xlsx", Scorecards.textNumber());
    Scorecards.put(dir, "b/broken.xlsx", Scorecards.garbage());
    Scorecards.put(dir, "b/~$clean.xlsx", Scorecards.lockFile());
    for (String f : new String[]{"text","json","junit","sarif","github"}) {
      ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
      int code = Cli.run(new String[]{"check", dir.toString(), "--format", f}, new PrintStream(o), new PrintStream(e));
      System.out.println("=== " + f + " exit " + code + "\n" + o + "\n--- err\n" + e);
    }
  }
}
