package uk.scorecard.server;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The workers and the queue in front of them. A request that has been read waits its turn, first
 * come first served, for a free worker and the memory its work needs; it is refused with 503 and
 * {@code Retry-After} only when the queue is full or it has waited the longest wait. The work then
 * runs within the time limit; past it the worker is interrupted (the library stops at its next
 * check) and the request answered with 422. A worker and its memory come back when the work has
 * really stopped.
 */
public final class Work implements AutoCloseable {

  /** Work to run on a worker thread. */
  @FunctionalInterface
  public interface Job<T> {
    /** Does the work. */
    T run() throws Exception;
  }

  private final ServerConfig config;
  private final Metrics metrics;
  private final ExecutorService workers;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private int busy;
  private double averageMillis = 100; // a moving average of work times, for Retry-After

  /** Workers, queue and limits as configured; memory is the budget the work is accounted in. */
  public Work(ServerConfig config, Memory memory, Metrics metrics) {
    this.config = config;
    this.metrics = metrics;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            config.workers(),
            r -> {
              Thread t = new Thread(r, "scorecard-work-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    memory.onRelease(this::wake);
  }

  /**
   * Waits for a worker and for {@code need} more bytes in the request's reservation, then runs the
   * job within the time limit; the reservation shrinks back when the work has stopped.
   */
  public <T> T run(Memory.Reservation held, long need, Job<T> job) throws Exception {
    long before = held.held();
    admit(held, need);
    long start = System.nanoTime();
    Future<T> future;
    try {
      future =
          workers.submit(
              () -> {
                try {
                  return job.run();
                } catch (OutOfMemoryError e) {
                  // Never a 500: the estimate was short. The memory comes back as this unwinds.
                  throw ServiceException.busy("out-of-memory", retryAfterSeconds());
                } finally {
                  finished(held, before, System.nanoTime() - start);
                }
              });
    } catch (RejectedExecutionException e) {
      finished(held, before, 0);
      throw ServiceException.busy("stopping", retryAfterSeconds());
    }
    try {
      return future.get(config.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw ServiceException.refused(
          "time-limit",
          "The workbook took too long to check (more than "
              + config.timeLimit().toSeconds()
              + " seconds). Remove unused sheets or split it, and try"
              + " again.");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception ex ? ex : new IllegalStateException(cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  /** Takes a place in the queue and waits at its head for a worker and the memory. */
  private void admit(Memory.Reservation held, long need)
      throws ServiceException, InterruptedException {
    Object ticket = new Object();
    long start = System.nanoTime();
    long deadline = start + config.maxWait().toNanos();
    lock.lock();
    try {
      boolean straightIn = queue.isEmpty() && busy < config.workers();
      if (!straightIn && queue.size() >= config.queueLength()) {
        throw ServiceException.busy("queue-full", retryAfterSeconds());
      }
      queue.addLast(ticket);
      try {
        while (queue.peekFirst() != ticket || busy >= config.workers() || !held.grow(need)) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            throw ServiceException.busy("waited-too-long", retryAfterSeconds());
          }
          changed.awaitNanos(left);
        }
        busy++;
      } finally {
        queue.remove(ticket);
        changed.signalAll(); // the next in line may go now, or is at the head
      }
    } finally {
      lock.unlock();
    }
    metrics.waited(Duration.ofNanos(System.nanoTime() - start));
  }

  private void finished(Memory.Reservation held, long before, long nanos) {
    held.shrinkTo(before);
    lock.lock();
    try {
      busy--;
      if (nanos > 0) {
        averageMillis = 0.9 * averageMillis + 0.1 * nanos / 1e6;
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    if (nanos > 0) {
      metrics.worked(Duration.ofNanos(nanos));
    }
  }

  private void wake() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Seconds until a place is likely free: the queue and the workers' work ahead, 1 to 60. */
  int retryAfterSeconds() {
    lock.lock();
    try {
      double ms = averageMillis * (queue.size() + busy + 1) / config.workers();
      return (int) Math.max(1, Math.min(60, Math.ceil(ms / 1000)));
    } finally {
      lock.unlock();
    }
  }

  /** Requests waiting for a worker now. */
  public int waiting() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /** Workers working now (including work past its time limit that has not yet stopped). */
  public int busy() {
    lock.lock();
    try {
      return busy;
    } finally {
      lock.unlock();
    }
  }

  /** Whether a new upload would find the queue full. */
  public boolean full() {
    lock.lock();
    try {
      return queue.size() >= config.queueLength() && busy >= config.workers();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
