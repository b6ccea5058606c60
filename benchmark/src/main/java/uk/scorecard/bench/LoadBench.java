package uk.scorecard.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.scorecard.bench.LoadFiles.Upload;
import uk.scorecard.bench.LoadRun.Sent;

/**
 * The web service's load benchmark (bench/load): starts the server jar on a loopback port in its
 * own JVM and sends it a mix of S workbooks, one 20 MB workbook and hostile files from 8, 32 and 64
 * concurrent clients in turn, each level for a fixed time; prints throughput, latency percentiles,
 * status counts and peak memory as a Markdown table. {@code --heap-need} instead finds the smallest
 * heap in which the service rates 1, 2 and 3 of the 20 MB workbook at once.
 */
public final class LoadBench {

  private LoadBench() {}

  /** {@code [--jar J] [--heap 512m] [--clients 8,32,64] [--seconds 20] [--heap-need] [-- ARGS]}. */
  public static void main(String[] args) throws Exception {
    Path jar = Path.of("server/target/scorecard-server.jar");
    String heap = "512m";
    int[] levels = {8, 32, 64};
    int seconds = 20;
    boolean heapNeed = false;
    List<String> serverArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--jar" -> jar = Path.of(args[++i]);
        case "--heap" -> heap = args[++i];
        case "--clients" ->
            levels = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--heap-need" -> heapNeed = true;
        case "--" -> serverArgs.addAll(Arrays.asList(args).subList(i + 1, args.length));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
      if (args[i].equals("--")) {
        break;
      }
    }
    Path dir = Path.of("target", "bench", "load");
    if (heapNeed) {
      HeapNeed.run(jar, LoadFiles.big(dir), serverArgs, dir);
      return;
    }
    List<Upload> small = LoadFiles.small(dir);
    Upload big = LoadFiles.big(dir);
    List<Upload> mix = LoadFiles.mix(small, LoadFiles.hostile(small.get(0).bytes()));
    long heapMax =
        Long.parseLong(heap.replaceAll("\\D", ""))
            * (heap.toLowerCase(Locale.ROOT).endsWith("g") ? 1024 : 1);
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "Load on %s: -Xmx%s, server arguments %s, %d s per level, %d cores;"
                + " uploads: S %s, 20 MB %,d bytes, hostile 1 in 4%n%n",
            jar,
            heap,
            serverArgs,
            seconds,
            Runtime.getRuntime().availableProcessors(),
            small.stream().map(u -> u.name() + " " + u.bytes().length + " B").toList(),
            big.bytes().length));
    out.append(LoadFigures.heading()).append('\n');
    System.out.print(out);
    List<String> verdicts = new ArrayList<>();
    try (ServerProcess server = ServerProcess.start(jar, heap, serverArgs, dir)) {
      // Warm-up, not counted: the JIT compiles the hot paths, as it has in a running service.
      LoadRun.run(server::uri, 4, 5, small, null);
      server.peakHeapMbSinceLastCall();
      for (int clients : levels) {
        Thread.sleep(2_000);
        server.resetResidentPeak();
        long start = System.nanoTime();
        List<Sent> sent = LoadRun.run(server::uri, clients, seconds, mix, big);
        double took = (System.nanoTime() - start) / 1e9;
        LoadFigures f =
            new LoadFigures(
                clients,
                took,
                sent,
                server.peakHeapMbSinceLastCall(),
                heapMax,
                server.peakResidentMb());
        System.out.println(f.row());
        out.append(f.row()).append('\n');
        verdicts.add(clients + " clients: " + f.verdict());
      }
      String tail =
          String.format(
              "%n%s%nserver log: %d out-of-memory errors, %d requests"
                  + " answered 500; still running: %s%n",
              String.join("\n", verdicts),
              server.logLines("OutOfMemoryError"),
              server.logLines("status=500"),
              server.alive());
      System.out.print(tail);
      out.append(tail);
    }
    Files.writeString(
        dir.resolve("figures.md"),
        out + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    System.out.println("(appended to " + dir.resolve("figures.md") + ")");
  }
}
