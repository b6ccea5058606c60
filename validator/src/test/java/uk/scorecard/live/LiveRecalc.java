package uk.scorecard.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Recalculates a workbook in headless LibreOffice, as ../shared/notes/live-formulas.md shows: a
 * fresh profile per call with OOXMLRecalcMode = 0 (always recalculate), saved back as .xlsx, whose
 * cached values are then LibreOffice's results.
 */
final class LiveRecalc {

  private static final String PROFILE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\""
          + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
          + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
          + "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\">"
          + "<prop oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
          + "</oor:items>\n";

  private LiveRecalc() {}

  /** True when soffice is on the PATH. */
  static boolean installed() {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, "soffice")));
  }

  /** The workbook as LibreOffice saves it after recalculating every formula. */
  static byte[] recalculate(byte[] xlsx) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("live-recalc");
      Path user = Files.createDirectories(dir.resolve("profile/user"));
      Files.writeString(user.resolve("registrymodifications.xcu"), PROFILE);
      Path in = Files.write(Files.createDirectory(dir.resolve("in")).resolve("w.xlsx"), xlsx);
      Path out = Files.createDirectory(dir.resolve("out"));
      Process p =
          new ProcessBuilder(
                  List.of(
                      "soffice",
                      "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                      "--headless",
                      "--convert-to",
                      "xlsx:Calc MS Excel 2007 XML",
                      "--outdir",
                      out.toString(),
                      in.toString()))
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("log").toFile())
              .start();
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("LibreOffice took over 180 s");
      }
      Path result = out.resolve("w.xlsx");
      if (!Files.exists(result)) {
        throw new IllegalStateException(
            "LibreOffice wrote nothing: " + Files.readString(dir.resolve("log")));
      }
      return Files.readAllBytes(result);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp dir left behind harms nothing
    }
  }
}
