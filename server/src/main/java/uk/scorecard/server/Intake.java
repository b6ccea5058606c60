package uk.scorecard.server;

import io.javalin.http.Context;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;
import org.jspecify.annotations.Nullable;

/**
 * Reads an upload's whole body before it may wait for a worker, so a slow client holds a thread for
 * reading, never a worker. The body must keep coming (nothing for the stall time is too long), must
 * average the minimum rate from the start once the stall time has passed, and must be complete
 * within the upload time; otherwise 408. Every byte is counted against the memory budget as it
 * arrives (three times: the body, the multipart parser's copy and the workbook copied out; once
 * when parsed), so a slow client holds only what it has sent, and a body that does not fit the
 * budget gets 503 (its rest read and dropped, so the client hears it), never an out-of-memory.
 */
final class Intake {
  private Intake() {}

  /** Bytes read into one chunk of the body before another is started. */
  private static final int CHUNK = 1 << 20;

  /** The body in chunks, read within the limits, with its bytes held in {@code held}. */
  static ByteBuffer[] read(
      Context ctx, ServerConfig config, Memory.Reservation held, int retryAfter)
      throws ServiceException {
    long length = ctx.req().getContentLengthLong();
    long max = config.maxRequestBytes();
    if (length > max) {
      drain(ctx, length, config);
      throw tooLarge(config);
    }
    EndPoint endPoint = endPoint(ctx);
    long idle = endPoint == null ? 0 : endPoint.getIdleTimeout();
    long start = System.nanoTime();
    long deadline = start + config.maxUploadTime().toNanos();
    List<ByteBuffer> chunks = new ArrayList<>();
    long total = 0;
    try {
      ServletInputStream in = ctx.req().getInputStream();
      byte[] chunk = null;
      int filled = 0;
      while (true) {
        if (chunk == null || filled == chunk.length) {
          int size = (int) Math.min(CHUNK, Math.max(8192, length < 0 ? CHUNK : length - total));
          if (!held.grow((long) Sizing.INTAKE_PER_BYTE * size)) {
            drain(ctx, length, config); // so the client, still sending, hears the 503
            throw ServiceException.busy("memory", retryAfter);
          }
          chunk = new byte[size];
          filled = 0;
          chunks.add(ByteBuffer.wrap(chunk, 0, 0));
        }
        long left = deadline - System.nanoTime();
        if (endPoint != null) {
          endPoint.setIdleTimeout(
              Math.max(1, Math.min(config.stallTime().toMillis(), left / 1_000_000)));
        }
        int n = in.read(chunk, filled, chunk.length - filled);
        if (n < 0) {
          break;
        }
        filled += n;
        total += n;
        chunks.set(chunks.size() - 1, ByteBuffer.wrap(chunk, 0, filled));
        if (total > max) {
          drain(ctx, length, config);
          throw tooLarge(config);
        }
        checkPace(config, start, total);
      }
    } catch (IOException | RuntimeException e) {
      // A read that timed out (a stalled client) or a connection that broke.
      throw slow(config);
    } finally {
      if (endPoint != null) {
        endPoint.setIdleTimeout(idle);
      }
    }
    return chunks.toArray(ByteBuffer[]::new);
  }

  /** 408 once the upload is past its time, or past the stall time and below the minimum rate. */
  private static void checkPace(ServerConfig config, long start, long total)
      throws ServiceException {
    long nanos = System.nanoTime() - start;
    if (nanos > config.maxUploadTime().toNanos()) {
      throw slow(config);
    }
    if (nanos > config.stallTime().toNanos()
        && total < config.minUploadBytesPerSecond() * (nanos / 1e9)) {
      throw slow(config);
    }
  }

  private static ServiceException slow(ServerConfig config) {
    return ServiceException.tooSlow(
        "The upload was too slow. It must arrive within "
            + config.maxUploadTime().toSeconds()
            + " seconds, at "
            + Math.max(1, config.minUploadBytesPerSecond() / 1024)
            + " KB a second or more. Check"
            + " your connection and try again.");
  }

  /** The connection's end point, whose idle timeout bounds each read; null outside Jetty. */
  private static @Nullable EndPoint endPoint(Context ctx) {
    try {
      return ServletContextRequest.getServletContextRequest(ctx.req())
          .getConnectionMetaData()
          .getConnection()
          .getEndPoint();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Reads and drops what is left of a refused body (up to four times the request limit) so the
   * client, still sending, gets our 413 rather than a reset connection; a larger body is cut off.
   */
  static void drain(Context ctx, long length, ServerConfig config) {
    long cap = 4 * config.maxRequestBytes();
    if (length > cap) {
      return;
    }
    byte[] buf = new byte[64 * 1024];
    long start = System.nanoTime();
    try {
      ServletInputStream in = ctx.req().getInputStream();
      long read = 0;
      for (int n; read < cap && (n = in.read(buf)) >= 0; ) {
        read += n;
        checkPace(config, start, read);
      }
    } catch (IOException | RuntimeException | ServiceException e) {
      // The body could not be read further: the connection will be closed instead.
    }
  }

  static ServiceException tooLarge(ServerConfig config) {
    return tooLarge(config, "workbook", "The workbook");
  }

  /** 413 for the workbook in {@code field} ("The workbook", "Last month's workbook"). */
  static ServiceException tooLarge(ServerConfig config, String field, String which) {
    return ServiceException.tooLarge(
        field, which + " must be smaller than " + Upload.megabytes(config.maxUploadBytes()) + ".");
  }

  /** Whether the request says it is multipart/form-data; otherwise 400 naming the fields. */
  static void requireMultipart(Context ctx, Upload.Form form) throws ServiceException {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/form-data")) {
      throw ServiceException.badRequest(
          form.field,
          form == Upload.Form.COMPARE
              ? "Send the two workbooks as multipart/form-data in fields named 'last' and 'this'."
              : "Send the workbook as multipart/form-data in a field named 'workbook'.");
    }
  }
}
