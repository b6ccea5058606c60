package uk.scorecard.property;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Passes a workbook through openpyxl (load and save), so the property test also rates files as a
 * second writer lays them out: comments under xl/comments/, shared strings, its own styles. One
 * python process serves the whole run, a line of base64 in and out per workbook, so a workbook
 * costs tens of milliseconds rather than an interpreter start. Absent python3 or openpyxl, the
 * generator simply does not draw this writer.
 */
final class SecondWriter {

  private static final String SCRIPT =
      String.join(
          "\n",
          "import base64, io, sys, warnings",
          "warnings.simplefilter('ignore')",
          "import openpyxl",
          "for line in sys.stdin:",
          "    wb = openpyxl.load_workbook(io.BytesIO(base64.b64decode(line)))",
          "    out = io.BytesIO()",
          "    wb.save(out)",
          "    sys.stdout.write(base64.b64encode(out.getvalue()).decode('ascii') + '\\n')",
          "    sys.stdout.flush()");

  private static Process process;
  private static BufferedReader results;
  private static Boolean available;

  private SecondWriter() {}

  /** True when python3 with openpyxl can be run here. */
  static synchronized boolean available() {
    if (available == null) {
      try {
        Process p =
            new ProcessBuilder("python3", "-c", "import openpyxl")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        available = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        available = false;
      }
    }
    return available;
  }

  /** The workbook as openpyxl saves it after loading it. */
  static synchronized byte[] roundTrip(byte[] xlsx) {
    try {
      if (process == null || !process.isAlive()) {
        start();
      }
      OutputStream in = process.getOutputStream();
      in.write(Base64.getEncoder().encode(xlsx));
      in.write('\n');
      in.flush();
      String line = results.readLine();
      if (line == null) {
        throw new IllegalStateException("openpyxl stopped: it could not load or save the workbook");
      }
      return Base64.getDecoder().decode(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void start() throws IOException {
    process =
        new ProcessBuilder("python3", "-c", SCRIPT)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    results =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    Process started = process;
    // Its input closes when the JVM exits, which ends the loop; this makes sure of it.
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
  }
}
