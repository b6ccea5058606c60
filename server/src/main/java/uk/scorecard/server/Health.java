package uk.scorecard.server;

import io.javalin.http.Context;

/**
 * The health endpoints in the conventional form: {@code /health/live} is 200 while the process
 * answers at all (restart it otherwise); {@code /health/ready} is 200 while it takes uploads, and
 * 503 before it has started, once it is stopping, and while its queue is full, so a load balancer
 * sends the next upload to another instance. {@code /health} is live's older name.
 */
final class Health {

  private final Work work;
  private volatile boolean started;
  private volatile boolean stopping;

  Health(Work work) {
    this.work = work;
  }

  /** The server is listening. */
  void started() {
    started = true;
  }

  /** The server has begun to stop: take no more uploads. */
  void stopping() {
    stopping = true;
  }

  /** {@code GET /health/live}. */
  void live(Context ctx) {
    ctx.contentType("application/json").result("{\"status\":\"ok\"}");
  }

  /** {@code GET /health/ready}. */
  void ready(Context ctx) {
    String why = !started ? "starting" : stopping ? "stopping" : work.full() ? "busy" : null;
    if (why != null) {
      ctx.status(503).header("Retry-After", "5");
    }
    ctx.contentType("application/json")
        .result("{\"status\":\"" + (why == null ? "ready" : why) + "\"}");
  }
}
