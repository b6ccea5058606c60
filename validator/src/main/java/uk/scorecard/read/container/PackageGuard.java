package uk.scorecard.read.container;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import uk.scorecard.model.WorkbookRefusedException;
import uk.scorecard.model.WorkbookRefusedException.Reason;
import uk.scorecard.zip.EntryStream;
import uk.scorecard.zip.ZipItem;
import uk.scorecard.zip.ZipReader;

/**
 * Checks a workbook's container before POI opens it, so a zip bomb, an XML bomb or a runaway file
 * is refused with a reason naming the limit instead of costing memory or time: the file's size, and
 * for a zip package the number of parts, how far they unpack in all and each by ratio, part names
 * that clash when case is ignored, and XML parts that declare a DTD, are XML 1.1 or nest elements
 * deeper than {@link XmlDepth#MAX_DEPTH}. Every part is unpacked once here, so a damaged zip is
 * refused the same way by check and rate. It is the one guard of a package: the web service relies
 * on it too. An interrupted thread stops it.
 */
public final class PackageGuard {

  /** A megabyte, in which the size limits are given. */
  public static final long MB = 1024L * 1024L;

  /** Largest .xlsx/.xlsm file we open. */
  static final long MAX_FILE = 50 * MB;

  /** Largest .xls file we open; HSSF holds the whole workbook as objects. */
  static final long MAX_XLS = 10 * MB;

  /** Most parts in one package; real workbooks have tens to a few hundred. */
  public static final int MAX_PARTS = 1_000;

  /** Most bytes all parts may unpack to together. */
  static final long MAX_UNPACKED = 500 * MB;

  /** Most bytes one part may unpack to: POI holds some parts (shared strings) whole in memory. */
  static final long MAX_PART = 100 * MB;

  /** A part may unpack to at most this many times its packed size... */
  static final int MAX_RATIO = 100;

  /** ...once it is past this size (POI's own grace): small parts pack very well and cannot hurt. */
  static final long RATIO_GRACE = 100 * 1024;

  /** Packages from this size are inspected on another thread while the reader reads. */
  public static final int ALONGSIDE_FROM = 1 << 20;

  private static final Executor INSPECTORS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "package-guard");
            t.setDaemon(true);
            return t;
          });

  private PackageGuard() {}

  /** Refuses a file past the size limit for its kind. */
  public static void checkSize(byte[] bytes, Sniffer.Kind kind) throws WorkbookRefusedException {
    long max = kind == Sniffer.Kind.OLE2 ? MAX_XLS : MAX_FILE;
    if (bytes.length > max) {
      throw tooLarge(
          "the file is "
              + megabytes(bytes.length)
              + " (the limit for "
              + (kind == Sniffer.Kind.OLE2 ? ".xls" : ".xlsx")
              + " is "
              + megabytes(max)
              + ")");
    }
  }

  /**
   * Starts {@link #inspect} on a package: on a large one on another thread, so that it runs
   * alongside the reader (which inflates only the parts it needs, guarding them itself) rather than
   * before it; a small one is inspected here and now.
   */
  public static Inspection inspectAlongside(byte[] zip) throws WorkbookRefusedException {
    if (zip.length < ALONGSIDE_FROM) {
      inspect(zip);
      return Inspection.PASSED;
    }
    FutureTask<Void> task =
        new FutureTask<>(
            () -> {
              inspect(zip);
              return null;
            });
    INSPECTORS.execute(task);
    return new Inspection(task);
  }

  /** An inspection under way; its verdict comes before anything the reader met meanwhile. */
  public record Inspection(FutureTask<Void> task) {
    static final Inspection PASSED = new Inspection(null);

    /** Waits for the inspection and throws its refusal, if it made one. */
    public void verdict() throws WorkbookRefusedException {
      if (task == null) {
        return;
      }
      try {
        task.get();
      } catch (ExecutionException e) {
        if (e.getCause() instanceof WorkbookRefusedException r) {
          throw r;
        }
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } catch (InterruptedException e) {
        // The caller's time limit passed: stop the inspector too, and say why the work ended.
        task.cancel(true);
        Thread.currentThread().interrupt();
        throw WorkbookRefusedException.stopped(e);
      }
    }
  }

  /**
   * Unpacks every part of a zip package once, refusing it at the first limit it passes. The zip is
   * read through its directory by {@link ZipReader}, as every reader of ours reads it, so what is
   * inspected is what is read; each part's checksum is checked as it ends.
   */
  public static void inspect(byte[] zip) throws WorkbookRefusedException {
    Map<String, String> names = new HashMap<>();
    long total = 0;
    byte[] buf = new byte[64 * 1024];
    try {
      ZipReader reader = ZipReader.of(zip);
      for (ZipItem e : reader.items()) {
        String name = e.name();
        if (names.size() >= MAX_PARTS) {
          throw tooLarge(
              "it has more than "
                  + Limits.count(MAX_PARTS)
                  + " parts (the limit is "
                  + Limits.count(MAX_PARTS)
                  + ")");
        }
        String clash = names.put(name.toLowerCase(Locale.ROOT), name);
        if (clash != null) {
          throw new WorkbookRefusedException(
              Reason.CORRUPT,
              "the workbook is damaged: it holds"
                  + " two parts named "
                  + shown(name)
                  + (clash.equals(name) ? "" : " and " + shown(clash))
                  + ", and Excel treats part names without regard to case");
        }
        if (!e.isDirectory()) {
          total += unpack(reader, e, buf, MAX_UNPACKED - total);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw Refusals.of(e);
    }
  }

  /** Reads one part to its end, counting and watching it; returns its unpacked size. */
  private static long unpack(ZipReader zip, ZipItem e, byte[] buf, long left)
      throws IOException, WorkbookRefusedException {
    XmlProlog prolog = XmlProlog.watched(e.name()) ? new XmlProlog(e.name()) : null;
    XmlDepth depth = prolog != null ? new XmlDepth(e.name()) : null;
    long count = 0;
    try (EntryStream in = zip.open(e)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        if (Thread.currentThread().isInterrupted()) {
          // A caller's time limit passed (or the reader gave up): unpack no more for nobody.
          throw WorkbookRefusedException.stopped(null);
        }
        count += n;
        if (count > left) {
          throw tooLarge(
              "its parts unpack to more than "
                  + megabytes(MAX_UNPACKED)
                  + " (the limit is "
                  + megabytes(MAX_UNPACKED)
                  + ")");
        }
        if (count > MAX_PART) {
          throw tooLarge(
              "part "
                  + shown(e.name())
                  + " unpacks to more than "
                  + megabytes(MAX_PART)
                  + " (the limit for one part is "
                  + megabytes(MAX_PART)
                  + ")");
        }
        long read = Math.max(1, in.packedRead());
        if (count > RATIO_GRACE && count / read > MAX_RATIO) {
          throw tooLarge(
              "part "
                  + shown(e.name())
                  + " unpacks to more than "
                  + MAX_RATIO
                  + " times its packed size (the limit is "
                  + MAX_RATIO
                  + ":1; a possible zip bomb)");
        }
        if (prolog != null && !prolog.feed(buf, n)) {
          prolog = null;
        }
        if (depth != null && !depth.feed(buf, n)) {
          depth = null;
        }
      }
    }
    return count;
  }

  private static WorkbookRefusedException tooLarge(String what) {
    return new WorkbookRefusedException(
        Reason.TOO_LARGE, "the workbook is too large to check: " + what);
  }

  /** A part name fit for a one-line message: no control characters, not too long. */
  static String shown(String name) {
    String s = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?");
    return "'" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "'";
  }

  private static String megabytes(long bytes) {
    return bytes % MB == 0
        ? bytes / MB + " MB"
        : String.format(Locale.UK, "%.1f MB", bytes / (double) MB);
  }
}
