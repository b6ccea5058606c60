package uk.scorecard.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.jspecify.annotations.Nullable;

/**
 * An upload: the workbook (field {@code workbook}, or {@code this} for a comparison), optionally a
 * rules file (field {@code rules}) and last month's workbook (field {@code last}, required for a
 * comparison), parsed from a multipart body already read into memory by {@link Intake} with Jetty's
 * multipart parser. Parts never touch the disk: the parser is given no folder to spool to and a
 * memory limit above the largest body taken. Each workbook has the upload limit. A field {@code
 * live} ({@code on}, {@code true} or {@code yes}) asks for ratings as live formulas; {@code off},
 * {@code false} or {@code no}, or the page's {@code values} box, for values even where the workbook
 * is live; with neither, a live workbook stays live and others get values.
 */
public record Upload(
    String name,
    byte[] bytes,
    @Nullable String rulesName,
    byte @Nullable [] rules,
    @Nullable String lastName,
    byte @Nullable [] last,
    List<Named> others,
    @Nullable Boolean live) {

  /** The most workbooks one upload of the page's form may hold. */
  static final int MAX_WORKBOOKS = 10;

  /** A further workbook of the same upload (the page's form takes several in its one field). */
  record Named(String name, byte[] bytes) {}

  /** The fields of a form: the workbook's field, and whether last month's is required. */
  enum Form {
    /** {@code workbook}, with {@code last} optional: check or rate, maybe since last month. */
    WORKBOOK("workbook", false, false),
    /** The page's form: as {@link #WORKBOOK}, with several workbooks in its field. */
    PAGE("workbook", false, true),
    /** {@code this} and {@code last}: a comparison. */
    COMPARE("this", true, false);

    final String field;
    final boolean lastRequired;
    final boolean several;

    Form(String field, boolean lastRequired, boolean several) {
      this.field = field;
      this.lastRequired = lastRequired;
      this.several = several;
    }
  }

  /** The bytes of the upload's files together, as they are held in memory. */
  long size() {
    return bytes.length
        + (rules == null ? 0 : rules.length)
        + (last == null ? 0 : last.length)
        + others.stream().mapToLong(o -> o.bytes().length).sum();
  }

  /** The files in the body, or 400 (no file, not multipart) or 413 (too large). */
  static Upload parse(ByteBuffer[] body, String contentType, ServerConfig config, Form form)
      throws ServiceException {
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      throw unreadable();
    }
    MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
    parser.setMaxParts(MAX_WORKBOOKS + 6);
    parser.setMaxLength(config.maxRequestBytes());
    parser.setMaxFileSize(config.maxRequestBytes());
    parser.setMaxMemoryFileSize(config.maxRequestBytes() + 1);
    parser.setUseFilesForPartsWithoutFileName(false);
    try (MultiPartFormData.Parts parts =
        parser.parse(Content.Source.from(body)).get(10, TimeUnit.SECONDS)) {
      return of(parts, config, form);
    } catch (ServiceException e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreadable();
    } catch (Exception e) { // a malformed body: Jetty's parser says why, we say it in one line
      throw unreadable();
    }
  }

  private static Upload of(MultiPartFormData.Parts parts, ServerConfig config, Form form)
      throws ServiceException, IOException {
    boolean compare = form == Form.COMPARE;
    MultiPart.Part workbook = parts.getFirst(form.field);
    if (absent(workbook)) {
      throw ServiceException.badRequest(
          form.field, compare ? "Select this month's workbook." : "Select a workbook to check.");
    }
    byte[] bytes = workbook(workbook, form.field, config);
    MultiPart.Part last = parts.getFirst("last");
    if (absent(last) && form.lastRequired) {
      throw ServiceException.badRequest("last", "Select last month's workbook.");
    }
    byte[] lastBytes = absent(last) ? null : workbook(last, "last", config);
    String rulesName = null;
    byte[] rulesBytes = null;
    MultiPart.Part rules = parts.getFirst("rules");
    if (rules != null && (rules.getLength() > 0 || !blank(rules.getFileName()))) {
      if (rules.getLength() > config.maxRulesBytes()) {
        throw ServiceException.tooLarge(
            "rules",
            "The rules file must be smaller than " + megabytes(config.maxRulesBytes()) + ".");
      }
      rulesName = safeName(rules.getFileName(), "rules.yaml");
      rulesBytes = content(rules);
    }
    List<Named> others = new ArrayList<>();
    List<MultiPart.Part> all = form.several ? parts.getAll(form.field) : List.of(workbook);
    for (MultiPart.Part more : all.subList(1, all.size())) {
      if (!absent(more)) {
        others.add(
            new Named(
                safeName(more.getFileName(), "workbook.xlsx"), workbook(more, form.field, config)));
      }
    }
    if (others.size() + 1 > MAX_WORKBOOKS) {
      throw ServiceException.badRequest(
          form.field, "Choose up to " + MAX_WORKBOOKS + " workbooks at a time.");
    }
    if (!others.isEmpty() && lastBytes != null) {
      throw ServiceException.badRequest(
          "last",
          "Last month's workbook goes with one workbook only: choose one workbook with it, or"
              + " leave it out.");
    }
    return new Upload(
        safeName(workbook.getFileName(), "workbook.xlsx"),
        bytes,
        rulesName,
        rulesBytes,
        lastBytes == null ? null : safeName(last.getFileName(), "last-month.xlsx"),
        lastBytes,
        List.copyOf(others),
        live(parts));
  }

  /**
   * Live (the box "Keep ratings live"), values (the box "Turn live ratings into values", or live
   * said no), or null: as the workbook is. Both boxes ticked is a mistake to point at.
   */
  private static @Nullable Boolean live(MultiPartFormData.Parts parts)
      throws IOException, ServiceException {
    Boolean live = yesNo(parts.getFirst("live"));
    boolean values = Boolean.TRUE.equals(yesNo(parts.getFirst("values")));
    if (values && Boolean.TRUE.equals(live)) {
      throw ServiceException.badRequest(
          "live", "Tick either Keep ratings live or Turn live ratings into values, not both.");
    }
    return values ? Boolean.FALSE : live;
  }

  /** A box or field's yes (an HTML checkbox sends "on"; API callers may say true), no, or null. */
  private static @Nullable Boolean yesNo(MultiPart.@Nullable Part part) throws IOException {
    if (part == null || part.getLength() > 8) {
      return null;
    }
    String v = new String(content(part), java.nio.charset.StandardCharsets.US_ASCII).strip();
    if (v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")) {
      return Boolean.TRUE;
    }
    boolean no =
        v.equalsIgnoreCase("off") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no");
    return no ? Boolean.FALSE : null;
  }

  /** Whether a file field was left empty (or not sent). */
  private static boolean absent(MultiPart.@Nullable Part part) {
    return part == null || blank(part.getFileName()) && part.getLength() == 0;
  }

  /** A workbook's bytes within the upload limit, or 413; 400 when empty. */
  private static byte[] workbook(MultiPart.Part part, String field, ServerConfig config)
      throws ServiceException, IOException {
    String which = field.equals("last") ? "Last month's workbook" : "The workbook";
    if (part.getLength() > config.maxUploadBytes()) {
      throw Intake.tooLarge(config, field, which);
    }
    byte[] bytes = content(part);
    if (bytes.length == 0) {
      throw ServiceException.badRequest(
          field,
          field.equals("last")
              ? "The selected last month's workbook is empty."
              : "The selected workbook is empty.");
    }
    return bytes;
  }

  /** A part's bytes, copied once into an array of exactly its length. */
  private static byte[] content(MultiPart.Part part) throws IOException {
    try (InputStream in = Content.Source.asInputStream(part.getContentSource())) {
      long length = part.getLength();
      return length >= 0 ? in.readNBytes((int) length) : in.readAllBytes();
    }
  }

  private static ServiceException unreadable() {
    return ServiceException.badRequest(
        "workbook", "The upload could not be read. Choose the file again and retry.");
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
    return bytes >= 1024 * 1024
        ? (bytes / (1024 * 1024)) + " MB"
        : Math.max(1, bytes / 1024) + " KB";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
