package uk.scorecard.server;

/**
 * The heap the service needs, as measured by {@code bench/load --heap-need}, and the defaults
 * derived from the heap the JVM was started with: the memory budget that uploads and their work are
 * accounted against, and the number of workers.
 */
final class Sizing {
  private Sizing() {}

  private static final long MB = ServerConfig.MB;

  /**
   * Heap kept back for the service itself (Jetty, the library's classes and caches, metrics):
   * measured at about 43 MB (bench/load --heap-need: the intercept over 1, 2 and 3 workbooks).
   */
  static final long OWN = 48 * MB;

  /**
   * An upload is held three times over while it is read and parsed: the request body, the multipart
   * parser's copy of the file, and the workbook copied out; then once.
   */
  static final int INTAKE_PER_BYTE = 3;

  /**
   * Heap a workbook needs while it is worked on, beyond the upload itself: the parts the reader
   * inflates, the rated copy as it is written and the answer. Measured by bench/load --heap-need:
   * 20 MB workbooks rated 1, 2 and 3 at once need 109, 163 and 241 MB of heap, about 66 MB more for
   * each, so twice the upload beyond the upload, with 6 MB over.
   */
  static final int WORK_PER_BYTE = 2;

  /** What any workbook's work needs whatever its size (parsers, the report, the page). */
  static final long WORK_BASE = 6 * MB;

  /** The budget uploads are accounted against: the heap less what the service needs itself. */
  static long memoryBudget(long maxHeap) {
    return Math.max(16 * MB, maxHeap - OWN);
  }

  /** The heap one workbook's work needs beyond its upload. */
  static long workNeed(long uploadBytes) {
    return WORK_PER_BYTE * uploadBytes + WORK_BASE;
  }

  /** The heap one workbook needs in all while it is worked on: its upload and its work. */
  static long perWorkbook(long uploadBytes) {
    return uploadBytes + workNeed(uploadBytes);
  }

  /**
   * Workers: as many as the budget holds at the largest upload, at least one, and no more than
   * twice the processors (the work is CPU-bound: more threads would only share the same cores).
   */
  static int workers(long memoryBudget, long maxUploadBytes, int processors) {
    long byMemory = memoryBudget / perWorkbook(maxUploadBytes);
    return (int) Math.max(1, Math.min(2L * processors, byMemory));
  }
}
