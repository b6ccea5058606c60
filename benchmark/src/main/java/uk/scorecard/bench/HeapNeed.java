package uk.scorecard.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.scorecard.bench.LoadFiles.Upload;
import uk.scorecard.bench.LoadRun.Sent;

/**
 * Measures the heap the service needs per workbook it works on at once: for 1, 2 and 3 concurrent
 * uploads of the 20 MB workbook (the largest the default limit takes), the smallest heap in which
 * every one is rated, found by bisection over fresh server JVMs. The slope is the heap each
 * concurrent workbook needs; the intercept is the service's own.
 */
final class HeapNeed {

  private static final int STEP_MB = 8;

  private HeapNeed() {}

  /** Prints the smallest heap for 1, 2 and 3 at once, and the need per workbook they imply. */
  static void run(Path jar, Upload big, List<String> serverArgs, Path dir) throws Exception {
    List<Long> need = new ArrayList<>();
    for (int k = 1; k <= 3; k++) {
      long low = 32;
      long high = 1024;
      while (high - low > STEP_MB) {
        long mid = (low + high) / 2;
        if (fits(jar, mid, k, big, serverArgs, dir)) {
          high = mid;
        } else {
          low = mid;
        }
      }
      need.add(high);
      System.out.printf(
          "%d × %,d bytes at once: rated in a %d MB heap, not in %d MB%n",
          k, big.bytes().length, high, low);
    }
    long perWorkbook = (need.get(2) - need.get(0)) / 2;
    System.out.printf(
        "heap per concurrent 20 MB workbook: about %d MB; the service itself:" + " about %d MB%n",
        perWorkbook, need.get(0) - perWorkbook);
  }

  /** Whether k uploads at once, twice over, are all rated by a server with this heap. */
  private static boolean fits(
      Path jar, long heapMb, int k, Upload big, List<String> serverArgs, Path dir)
      throws Exception {
    List<String> args = new ArrayList<>(serverArgs);
    args.addAll(List.of("--max-concurrent", String.valueOf(k)));
    try (ServerProcess server = ServerProcess.start(jar, heapMb + "m", args, dir)) {
      for (int round = 0; round < 2; round++) {
        List<Sent> sent = LoadRun.run(server::uri, k, 0, List.of(big), big);
        if (sent.size() != k || sent.stream().anyMatch(s -> s.status() != 200)) {
          return false;
        }
      }
      return server.alive() && server.logLines("OutOfMemoryError") == 0;
    } catch (java.io.IOException e) {
      return false; // did not even start in this heap
    }
  }
}
