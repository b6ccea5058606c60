package uk.scorecard.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.jspecify.annotations.Nullable;

/**
 * An upload: the workbook (field {@code workbook}) and optionally a rules file (field
 * {@code rules}), parsed from a multipart body already read into memory by {@link Intake} with
 * Jetty's multipart parser. Parts never touch the disk: the parser is given no folder to spool to
 * and a memory limit above the largest body taken.
 */
public record Upload(
    String name, byte[] bytes, @Nullable String rulesName, byte @Nullable [] rules) {

  /** The workbook and rules in the body, or 400 (no file, not multipart) or 413 (too large). */
  static Upload parse(ByteBuffer[] body, String contentType, ServerConfig config)
      throws ServiceException {
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      throw unreadable();
    }
    MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
    parser.setMaxParts(16);
    parser.setMaxLength(config.maxRequestBytes());
    parser.setMaxFileSize(config.maxRequestBytes());
    parser.setMaxMemoryFileSize(config.maxRequestBytes() + 1);
    parser.setUseFilesForPartsWithoutFileName(false);
    try (MultiPartFormData.Parts parts = parser.parse(Content.Source.from(body))
        .get(10, TimeUnit.SECONDS)) {
      return of(parts, config);
    } catch (ServiceException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreadable();
    } catch (Exception e) { // a malformed body: Jetty's parser says why, we say it in one line
      throw unreadable();
    }
  }

  private static Upload of(MultiPartFormData.Parts parts, ServerConfig config)
      throws ServiceException, IOException {
    MultiPart.Part workbook = parts.getFirst("workbook");
    MultiPart.Part rules = parts.getFirst("rules");
    if (workbook == null || blank(workbook.getFileName()) && workbook.getLength() == 0) {
      throw ServiceException.badRequest("workbook", "Select a workbook to check.");
    }
    if (workbook.getLength() > config.maxUploadBytes()) {
      throw Intake.tooLarge(config);
    }
    byte[] bytes = content(workbook);
    if (bytes.length == 0) {
      throw ServiceException.badRequest("workbook", "The selected workbook is empty.");
    }
    String rulesName = null;
    byte[] rulesBytes = null;
    if (rules != null && (rules.getLength() > 0 || !blank(rules.getFileName()))) {
      if (rules.getLength() > config.maxRulesBytes()) {
        throw ServiceException.tooLarge("rules", "The rules file must be smaller than "
            + megabytes(config.maxRulesBytes()) + ".");
      }
      rulesName = safeName(rules.getFileName(), "rules.yaml");
      rulesBytes = content(rules);
    }
    return new Upload(safeName(workbook.getFileName(), "workbook.xlsx"), bytes, rulesName,
        rulesBytes);
  }

  /** A part's bytes, copied once into an array of exactly its length. */
  private static byte[] content(MultiPart.Part part) throws IOException {
    try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
      long length = part.getLength();
      return length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
    }
  }

  private static ServiceException unreadable() {
    return ServiceException.badRequest("workbook",
        "The upload could not be read. Choose the file again and retry.");
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

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
