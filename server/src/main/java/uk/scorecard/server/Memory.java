package uk.scorecard.server;

/**
 * The heap budget every upload is accounted against, from the first byte read until its answer has
 * gone out: the body while it is read, the workbook while it waits, and its work while it is worked
 * on. A request that cannot get what it needs waits in the queue or is told the service is busy; it
 * never runs the heap out. One request holds at most the whole budget, so the largest upload still
 * runs, alone. Releasing memory tells whoever waits for it ({@link Work}).
 */
public final class Memory {

  private final long budget;
  private long reserved;
  private volatile Runnable onRelease = () -> {};

  /** A budget of this many bytes. */
  public Memory(long budget) {
    this.budget = budget;
  }

  /** Called after memory is given back, so waiters can try again. */
  void onRelease(Runnable listener) {
    this.onRelease = listener;
  }

  /** An empty reservation that can grow within the budget and is given back on close. */
  public Reservation reservation() {
    return new Reservation();
  }

  /** The budget in bytes. */
  public long budget() {
    return budget;
  }

  /** Bytes reserved now. */
  public synchronized long reserved() {
    return reserved;
  }

  /** Takes bytes if they fit, returning how many; -1 if they do not. */
  private synchronized long take(long bytes) {
    if (reserved + bytes > budget) {
      return -1;
    }
    reserved += bytes;
    return bytes;
  }

  private void give(long bytes) {
    synchronized (this) {
      reserved -= bytes;
    }
    onRelease.run();
  }

  /** Bytes held for one request; thread-safe, and closing it twice gives back nothing more. */
  public final class Reservation implements AutoCloseable {
    private long held;
    private boolean closed;

    /**
     * Holds {@code bytes} more if they fit the budget; false (holding nothing more) if not. One
     * reservation never holds more than the whole budget: past it, it needs everything else free.
     */
    public synchronized boolean grow(long bytes) {
      long wanted = Math.min(bytes, budget - held);
      if (closed || wanted <= 0) {
        return !closed;
      }
      long taken = take(wanted);
      if (taken < 0) {
        return false;
      }
      held += taken;
      return true;
    }

    /** Gives back what is held beyond {@code bytes} (as counted against the budget). */
    public void shrinkTo(long bytes) {
      long back;
      synchronized (this) {
        back = Math.max(0, held - Math.max(0, bytes));
        held -= back;
      }
      if (back > 0) {
        give(back);
      }
    }

    /** Bytes held now. */
    public synchronized long held() {
      return held;
    }

    @Override
    public void close() {
      long back;
      synchronized (this) {
        if (closed) {
          return;
        }
        closed = true;
        back = held;
        held = 0;
      }
      if (back > 0) {
        give(back);
      }
    }
  }
}
