package uk.scorecard.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.scorecard.bench.LoadFiles.Kind;
import uk.scorecard.bench.LoadRun.Sent;

/** The figures of one level: throughput, latency percentiles, statuses and memory. */
record LoadFigures(
    int clients, double seconds, List<Sent> sent, long peakHeapMb, long heapMaxMb, long peakRssMb) {

  /** The table's heading, in Markdown. */
  static String heading() {
    return "| clients | uploads | per second | S p50 / p95 / p99 | all p50 / p95 / p99 "
        + "| 20 MB | statuses | 503 without Retry-After, other 5xx, lost | peak heap (max) "
        + "| peak RSS |\n|---|---|---|---|---|---|---|---|---|---|";
  }

  /** One row of the table, in Markdown. */
  String row() {
    return String.format(
        Locale.UK,
        "| %d | %,d | %.1f | %s | %s | %s | %s | %d, %d, %d | %s | %s |",
        clients,
        sent.size(),
        sent.size() / seconds,
        percentiles(Kind.S),
        percentiles(null),
        big(),
        statuses(),
        count(s -> s.status() == 503 && !s.retryAfter()),
        count(s -> s.status() >= 500 && s.status() != 503),
        count(Sent::lost),
        peakHeapMb == 0 ? "-" : peakHeapMb + " MB (" + heapMaxMb + " MB)",
        peakRssMb == 0 ? "-" : peakRssMb + " MB");
  }

  /** Whether the level met the goal for its client count (see the README). */
  String verdict() {
    long busy = count(s -> s.status() == 503);
    long bad =
        count(s -> s.status() >= 500 && !(s.status() == 503 && s.retryAfter())) + count(Sent::lost);
    long p95 = percentile(Kind.S, 0.95);
    StringBuilder v = new StringBuilder();
    v.append(bad == 0 ? "no 5xx (a 503 only with Retry-After), none lost" : bad + " 5xx or lost");
    v.append(busy == 0 ? "; no 503" : "; " + busy + " × 503");
    v.append("; S p95 ").append(p95).append(" ms");
    if (peakHeapMb > 0) {
      v.append(peakHeapMb < heapMaxMb ? "; heap within its maximum" : "; heap at its maximum");
    }
    return v.toString();
  }

  private String percentiles(Kind kind) {
    return percentile(kind, 0.50)
        + " / "
        + percentile(kind, 0.95)
        + " / "
        + percentile(kind, 0.99)
        + " ms";
  }

  /** The latency at quantile q of uploads of this kind (all kinds for null) that got an answer. */
  long percentile(Kind kind, double q) {
    List<Long> ms =
        sent.stream()
            .filter(s -> kind == null || s.kind() == kind)
            .filter(s -> !s.lost())
            .map(Sent::millis)
            .sorted()
            .toList();
    if (ms.isEmpty()) {
      return 0;
    }
    return ms.get(Math.min(ms.size() - 1, (int) Math.ceil(q * ms.size()) - 1));
  }

  private String big() {
    return sent.stream()
        .filter(s -> s.kind() == Kind.BIG)
        .findFirst()
        .map(s -> s.status() + " in " + String.format(Locale.UK, "%.1f s", s.millis() / 1000.0))
        .orElse("-");
  }

  private String statuses() {
    Map<Integer, Long> byStatus =
        sent.stream()
            .collect(Collectors.groupingBy(Sent::status, TreeMap::new, Collectors.counting()));
    return byStatus.entrySet().stream()
        .map(e -> e.getKey() + "×" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private long count(java.util.function.Predicate<Sent> p) {
    return sent.stream().filter(p).count();
  }
}
