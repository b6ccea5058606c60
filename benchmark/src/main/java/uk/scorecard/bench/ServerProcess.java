package uk.scorecard.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web service's jar started in its own JVM on a loopback port, with a GC log from which the
 * peak heap is read (the heap in use when each collection started), and its log kept in a file.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private final Process process;
  private final Path gcLog;
  private final Path log;
  private final int port;
  private long gcRead;

  private ServerProcess(Process process, Path gcLog, Path log, int port) {
    this.process = process;
    this.gcLog = gcLog;
    this.log = log;
    this.port = port;
  }

  /** Starts the jar with this heap and these arguments, and waits until it answers /health. */
  static ServerProcess start(Path jar, String heap, List<String> args, Path dir)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path gc = dir.resolve("server-gc-" + port + ".log");
    Path log = dir.resolve("server-" + port + ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "java",
                "-Xmx" + heap,
                "-Xlog:gc:file=" + gc + ":uptime",
                "-jar",
                jar.toString(),
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port)));
    cmd.addAll(args);
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServerProcess server = new ServerProcess(p, gc, log, port);
    HttpClient http = HttpClient.newHttpClient();
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < until && p.isAlive()) {
      try {
        HttpResponse<Void> r =
            http.send(
                HttpRequest.newBuilder(server.uri("/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return server;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      Thread.sleep(100);
    }
    server.close();
    throw new IOException("the server did not start; see " + log);
  }

  /** An address on the server. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** The largest heap in use when a collection started since the last call, in MB; 0 if none. */
  long peakHeapMbSinceLastCall() throws IOException {
    long peak = 0;
    if (!Files.exists(gcLog)) {
      return 0;
    }
    List<String> lines = Files.readAllLines(gcLog, StandardCharsets.UTF_8);
    for (int i = (int) gcRead; i < lines.size(); i++) {
      Matcher m = GC.matcher(lines.get(i));
      if (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(1)));
      }
    }
    gcRead = lines.size();
    return peak;
  }

  /** The most memory the process has had resident since the last reset, in MB (Linux only). */
  long peakResidentMb() {
    try {
      for (String line :
          Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or the process is gone: no figure.
    }
    return 0;
  }

  /** Starts the resident peak afresh (Linux: writing 5 to clear_refs), if the kernel allows. */
  void resetResidentPeak() {
    try {
      Files.writeString(Path.of("/proc", String.valueOf(process.pid()), "clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      // Not allowed here: the figure is then the peak since start.
    }
  }

  /** How many lines of the server's log contain this text. */
  long logLines(String text) throws IOException {
    return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> l.contains(text))
        .count();
  }

  /** Whether the server is still running. */
  boolean alive() {
    return process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
