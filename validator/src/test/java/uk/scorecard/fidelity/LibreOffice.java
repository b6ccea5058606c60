package uk.scorecard.fidelity;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens workbooks in headless LibreOffice, the independent reader that proves a file still opens.
 */
final class LibreOffice {
  /** How long one conversion may take before it is killed. */
  static final long TIMEOUT_SECONDS = 60;

  /** What a conversion did: whether a PDF came out, the exit code, the log, and the PDF. */
  record Conversion(boolean converted, int exitCode, boolean timedOut, String log, byte[] pdf) {}

  private LibreOffice() {}

  /** Whether an executable soffice is on the PATH. */
  static boolean isInstalled() {
    return onPath("soffice");
  }

  /**
   * Whether pdftoppm (poppler-utils, not pulled in by libreoffice-calc) is on the PATH for
   * renderPng.
   */
  static boolean canRenderPng() {
    return onPath("pdftoppm");
  }

  /**
   * Fails when soffice is missing in CI (CI set); skips the test (an assumption) when missing
   * locally.
   */
  static void requireInstalled() {
    if (isInstalled()) {
      return;
    }
    String message =
        "soffice is not on the PATH: apt-get install -y --no-install-recommends libreoffice-calc";
    String ci = System.getenv("CI");
    if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
      Assertions.fail("CI is set, so this test must not be skipped: " + message);
    }
    Assumptions.assumeTrue(false, "skipped locally: " + message);
  }

  /** Converts the workbook to PDF in a fresh profile and temp dir, deleted afterwards. */
  static Conversion toPdf(byte[] workbook, String fileName) {
    Path dir = tempDir();
    try {
      return convert(workbook, fileName, dir);
    } finally {
      delete(dir);
    }
  }

  /**
   * Converts to PDF and renders each page as a PNG at 70 dpi into outDir, for a human to look at.
   */
  static List<Path> renderPng(byte[] workbook, String fileName, Path outDir) {
    if (!canRenderPng()) {
      throw new IllegalStateException(
          "pdftoppm is not on the PATH: apt-get install -y poppler-utils");
    }
    Conversion c = toPdf(workbook, fileName);
    if (!c.converted()) {
      throw new IllegalStateException("LibreOffice could not convert " + fileName + ": " + c.log());
    }
    Path dir = tempDir();
    try {
      Files.createDirectories(outDir);
      Path pdf = Files.write(dir.resolve("in.pdf"), c.pdf());
      String prefix = outDir.resolve(stem(fileName)).toString();
      Result r =
          run(List.of("pdftoppm", "-png", "-r", "70", pdf.toString(), prefix), dir.resolve("log"));
      if (r.exitCode() != 0) {
        throw new IllegalStateException("pdftoppm failed: " + r.log());
      }
      try (Stream<Path> files = Files.list(outDir)) {
        return files
            .filter(
                p ->
                    p.getFileName()
                        .toString()
                        .matches(Pattern.quote(stem(fileName)) + "-\\d+\\.png"))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  private static Conversion convert(byte[] workbook, String fileName, Path dir) {
    try {
      Path in =
          Files.write(
              Files.createDirectory(dir.resolve("in")).resolve(baseName(fileName)), workbook);
      Path out = Files.createDirectory(dir.resolve("out"));
      Path profile = Files.createDirectory(dir.resolve("profile"));
      Result r =
          run(
              List.of(
                  "soffice",
                  "-env:UserInstallation=" + profile.toUri(),
                  "--headless",
                  "--convert-to",
                  "pdf",
                  "--outdir",
                  out.toString(),
                  in.toString()),
              dir.resolve("log"));
      Path pdf = out.resolve(stem(fileName) + ".pdf");
      byte[] bytes = Files.exists(pdf) ? Files.readAllBytes(pdf) : new byte[0];
      boolean ok =
          !r.timedOut()
              && r.exitCode() == 0
              && bytes.length > 4
              && new String(bytes, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
      return new Conversion(ok, r.exitCode(), r.timedOut(), r.log(), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Result(int exitCode, boolean timedOut, String log) {}

  /** Runs a command with output to a log file; on timeout kills it and everything it started. */
  private static Result run(List<String> command, Path log) throws IOException {
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    try {
      boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!done) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
      return new Result(
          done ? p.exitValue() : -1, !done, Files.readString(log, StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    }
  }

  private static boolean onPath(String tool) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(File.pathSeparator))
            .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, tool)));
  }

  private static String baseName(String fileName) {
    String base = Path.of(fileName).getFileName().toString();
    if (base.isBlank() || base.startsWith(".")) {
      throw new IllegalArgumentException("not a usable file name: " + fileName);
    }
    return base;
  }

  private static String stem(String fileName) {
    String base = baseName(fileName);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("scorecard-libreoffice-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
