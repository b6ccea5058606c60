package uk.scorecard.server;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * An upload read from a multipart request into memory: the workbook (field {@code workbook}) and
 * optionally a rules file (field {@code rules}). Parts never touch the disk: the multipart
 * configuration in {@link App} keeps every part up to the limit in memory and refuses larger ones.
 */
public record Upload(String name, byte[] bytes, String rulesName, byte[] rules) {

  /** Reads the upload, or throws 400 (no file, not multipart) or 413 (past a limit). */
  public static Upload read(Context ctx, ServerConfig config) throws ServiceException {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/form-data")) {
      throw ServiceException.badRequest("workbook",
          "Send the workbook as multipart/form-data in a field named 'workbook'.");
    }
    long length = ctx.req().getContentLengthLong();
    if (length > config.maxRequestBytes()) {
      drain(ctx, length, config);
      throw tooLarge(config);
    }
    UploadedFile workbook;
    UploadedFile rules;
    try {
      workbook = ctx.uploadedFile("workbook");
      rules = ctx.uploadedFile("rules");
    } catch (Exception e) { // Jetty's ServletException is checked but not declared by Javalin
      if (mentionsSize(e)) {
        drain(ctx, length, config);
        throw tooLarge(config);
      }
      throw ServiceException.badRequest("workbook",
          "The upload could not be read. Choose the file again and retry.");
    }
    if (workbook == null || blank(workbook.filename()) && workbook.size() == 0) {
      throw ServiceException.badRequest("workbook", "Select a workbook to check.");
    }
    if (workbook.size() > config.maxUploadBytes()) {
      throw tooLarge(config);
    }
    byte[] bytes = readAll(workbook, config.maxUploadBytes(), config);
    if (bytes.length == 0) {
      throw ServiceException.badRequest("workbook", "The selected workbook is empty.");
    }
    String rulesName = null;
    byte[] rulesBytes = null;
    if (rules != null && (rules.size() > 0 || !blank(rules.filename()))) {
      if (rules.size() > config.maxRulesBytes()) {
        throw ServiceException.tooLarge("rules", "The rules file must be smaller than "
            + megabytes(config.maxRulesBytes()) + ".");
      }
      rulesName = safeName(rules.filename(), "rules.yaml");
      rulesBytes = readAll(rules, config.maxRulesBytes(), config);
    }
    return new Upload(safeName(workbook.filename(), "workbook.xlsx"), bytes, rulesName, rulesBytes);
  }

  /** The file's own name without any folders a browser may have sent. */
  static String safeName(String name, String fallback) {
    if (blank(name)) {
      return fallback;
    }
    String base = name.replaceAll("^.*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "").strip();
    return base.isEmpty() ? fallback : base;
  }

  /** A size in whole megabytes, or kilobytes below one. */
  static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : Math.max(1, bytes / 1024) + " KB";
  }

  private static byte[] readAll(UploadedFile file, long max, ServerConfig config)
      throws ServiceException {
    try (InputStream in = file.content()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (bytes.length > max) {
        throw tooLarge(config);
      }
      return bytes;
    } catch (IOException e) {
      throw ServiceException.badRequest("workbook",
          "The upload could not be read. Choose the file again and retry.");
    }
  }

  /**
   * Reads and drops what is left of a refused body (up to four times the request limit) so the
   * client, still sending, gets our 413 rather than a reset connection; a larger body is cut off.
   */
  private static void drain(Context ctx, long length, ServerConfig config) {
    long cap = 4 * config.maxRequestBytes();
    if (length > cap) {
      return;
    }
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = ctx.req().getInputStream()) {
      long read = 0;
      for (int n; read < cap && (n = in.read(buf)) >= 0; ) {
        read += n;
      }
    } catch (IOException | RuntimeException e) {
      // The body could not be read further: the connection will be closed instead.
    }
  }

  private static ServiceException tooLarge(ServerConfig config) {
    return ServiceException.tooLarge("workbook",
        "The workbook must be smaller than " + megabytes(config.maxUploadBytes()) + ".");
  }

  private static boolean mentionsSize(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
      if (m.contains("size") || m.contains("too large") || m.contains("exceed")) {
        return true;
      }
    }
    return false;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
