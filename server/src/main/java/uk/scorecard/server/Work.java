package uk.scorecard.server;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the work on uploads: at most {@code slots} requests hold an upload or work on one at once
 * (the next gets 503), and each workbook gets a fixed time. A slot is taken before the upload is
 * read, so memory stays bounded, and is given back only when the work has really stopped.
 */
public final class Work implements AutoCloseable {

  /** Work to run on a worker thread. */
  @FunctionalInterface
  public interface Job<T> {
    /** Does the work. */
    T run() throws Exception;
  }

  private final Semaphore slots;
  private final ExecutorService workers;
  private final Duration limit;

  /** At most {@code slots} at once, each given {@code limit}. */
  public Work(int slots, Duration limit) {
    this.slots = new Semaphore(slots);
    this.limit = limit;
    AtomicInteger n = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(slots, r -> {
      Thread t = new Thread(r, "scorecard-work-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** A slot, or 503 when all are taken. Give it to {@link #run} or {@link Slot#close close} it. */
  public Slot admit() throws ServiceException {
    if (!slots.tryAcquire()) {
      throw ServiceException.busy();
    }
    return new Slot();
  }

  /**
   * Runs the job on a worker within the time limit, and gives the slot back when it ends; past the
   * limit the job is interrupted and the request answered with 422.
   */
  public <T> T run(Slot slot, Job<T> job) throws Exception {
    slot.handOver();
    Future<T> future;
    try {
      future = workers.submit(() -> {
        try {
          return job.run();
        } finally {
          slots.release();
        }
      });
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw ServiceException.refused("time-limit", "The workbook took too long to check (more than "
          + limit.toSeconds() + " seconds). Remove unused sheets or split it, and try again.");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof Exception ex ? ex : new IllegalStateException(cause);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  /** How many slots are free now. */
  public int free() {
    return slots.availablePermits();
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }

  /** A taken slot: closing it gives it back unless it was handed to a job. */
  public final class Slot implements AutoCloseable {
    private boolean held = true;

    private void handOver() {
      if (!held) {
        throw new IllegalStateException("slot already given back");
      }
      held = false;
    }

    @Override
    public void close() {
      if (held) {
        held = false;
        slots.release();
      }
    }
  }
}
