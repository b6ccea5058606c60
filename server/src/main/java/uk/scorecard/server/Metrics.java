package uk.scorecard.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The service's metrics for Prometheus ({@code GET /metrics}): requests by route, status and
 * outcome word; the queue's length, the workers busy and the memory reserved; the time uploads
 * waited and the work took; and the JVM's own. Labels are our route templates and words, never a
 * file name, a cell or anything else from a workbook.
 */
public final class Metrics implements AutoCloseable {

  /** The content type of the text exposition format Prometheus scrapes. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Timer waited;
  private final Timer worked;
  private final JvmGcMetrics gc = new JvmGcMetrics();

  /** A registry with the JVM's metrics and the service's timers. */
  public Metrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    waited =
        Timer.builder("scorecard.queue.wait")
            .description("Time an upload waited in the queue for a worker and its memory")
            .publishPercentileHistogram()
            .register(registry);
    worked =
        Timer.builder("scorecard.work")
            .description("Time a worker spent on one workbook (inspect, read, check, rate, write)")
            .publishPercentileHistogram()
            .register(registry);
  }

  /** Adds the gauges that read the queue, the workers and the memory budget as they are. */
  void watch(Work work, Memory memory, ServerConfig config) {
    Gauge.builder("scorecard.queue.length", work, Work::waiting)
        .description("Uploads waiting for a worker")
        .register(registry);
    Gauge.builder("scorecard.queue.capacity", config, ServerConfig::queueLength)
        .description("Uploads that may wait for a worker")
        .register(registry);
    Gauge.builder("scorecard.workers.busy", work, Work::busy)
        .description("Workers working now")
        .register(registry);
    Gauge.builder("scorecard.workers", config, ServerConfig::workers)
        .description("Workers configured")
        .register(registry);
    Gauge.builder("scorecard.memory.reserved", memory, Memory::reserved)
        .baseUnit("bytes")
        .description("Heap held for uploads and their work now")
        .register(registry);
    Gauge.builder("scorecard.memory.budget", memory, Memory::budget)
        .baseUnit("bytes")
        .description("Heap uploads and their work may hold in all")
        .register(registry);
  }

  /** Counts one answered request: its route template, method, status and outcome word. */
  void request(String route, String method, int status, String outcome) {
    Counter.builder("scorecard.requests")
        .description("Requests answered, by outcome")
        .tag("route", route)
        .tag("method", method)
        .tag("status", String.valueOf(status))
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  /** Records the time an upload waited for a worker. */
  void waited(Duration d) {
    waited.record(d);
  }

  /** Records the time a worker spent on one workbook. */
  void worked(Duration d) {
    worked.record(d);
  }

  /** Everything, in Prometheus's text format. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
