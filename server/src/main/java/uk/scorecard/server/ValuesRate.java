package uk.scorecard.server;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.scorecard.Edited;
import uk.scorecard.Input;
import uk.scorecard.Options;
import uk.scorecard.model.UsedRange;
import uk.scorecard.model.WorkbookRefusedException;

/**
 * {@code POST /api/rate?format=edits} with a JSON body: the add-in's fallback where Excel cannot
 * hand over the workbook's file. The body is each sheet's used range (values, number formats,
 * formulas); the library rebuilds a workbook from it in memory and answers with the same edit list
 * as for a file. The same limits as an upload: the body within the workbook size limit, the cells
 * within the reader's. Nothing of the body is kept or logged.
 */
final class ValuesRate {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * Heap a cell takes while the workbook is rebuilt in POI's model: measured at a peak of 1.3 to
   * 2.4 KB (garbage included) for 100,000 and 500,000 cells of text and percentages.
   */
  static final long PER_CELL = 2048;

  /** The body: the sheets, in the workbook's order, and whether to keep the ratings live. */
  record Body(@Nullable String name, List<UsedRange> sheets, @Nullable Boolean live) {}

  private final ServerConfig config;
  private final Engine engine;
  private final Work work;
  private final Memory memory;

  ValuesRate(ServerConfig config, Engine engine, Work work, Memory memory) {
    this.config = config;
    this.engine = engine;
    this.work = work;
    this.memory = memory;
  }

  /** Whether a request to rate sends JSON (the used ranges) rather than a file. */
  static boolean isJson(Context ctx) {
    String type = ctx.contentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  /**
   * {@code POST /api/rate}: this for a JSON body with {@code format=edits}, {@code files} for the
   * rest (which tells a JSON body without it to send a file).
   */
  io.javalin.http.Handler or(io.javalin.http.Handler files) {
    return ctx -> {
      if (isJson(ctx) && "edits".equals(ctx.queryParam("format"))) {
        rate(ctx);
      } else {
        files.handle(ctx);
      }
    };
  }

  /** Reads the used ranges, rebuilds and rates the workbook, and answers with its edit list. */
  void rate(Context ctx) throws Exception {
    Memory.Reservation held = memory.reservation();
    boolean later = Handlers.releaseWhenAnswered(ctx, held);
    try {
      ByteBuffer[] chunks = Intake.read(ctx, config, held, work.retryAfterSeconds());
      long size = 0;
      for (ByteBuffer b : chunks) {
        size += b.remaining();
      }
      ctx.attribute(Handlers.SIZE, size);
      if (size > config.maxUploadBytes()) {
        throw Intake.tooLarge(config, "workbook", "The workbook's values");
      }
      Body body = parse(chunks);
      long cells = body.sheets().stream().mapToLong(s -> cells(s.values())).sum();
      long need = Sizing.workNeed(size) + Math.min(cells, 2_000_000) * PER_CELL;
      if (need > memory.budget()) {
        throw ServiceException.tooLarge(
            "workbook",
            "The workbook has too many cells to check from their values here (at most about "
                + Math.max(0, (memory.budget() - Sizing.workNeed(size)) / PER_CELL)
                + "). Save it and upload the file instead.");
      }
      Edited edited = work.run(held, need, () -> edits(body));
      ctx.attribute(Handlers.OUTCOME, "rated");
      ctx.header("Content-Disposition", "inline");
      ctx.contentType("application/json").result(EditsAnswer.json(edited));
    } catch (OutOfMemoryError e) {
      throw ServiceException.busy("out-of-memory", work.retryAfterSeconds());
    } finally {
      if (!later) {
        held.close();
      }
    }
  }

  private Edited edits(Body body) throws ServiceException {
    String name = body.name() == null || body.name().isBlank() ? "workbook.xlsx" : body.name();
    try {
      Input input = Input.ofValues(Upload.safeName(name, "workbook.xlsx"), body.sheets());
      Edited edited =
          engine.edits(input, Options.DEFAULT.withLive(Boolean.TRUE.equals(body.live())));
      if (edited.report().indicators().isEmpty()) {
        throw Refusals.noTables(edited.report());
      }
      return edited;
    } catch (WorkbookRefusedException e) {
      throw Refusals.refused(e);
    } catch (IllegalArgumentException e) {
      throw bad(Refusals.sentence(e.getMessage()));
    }
  }

  private static long cells(@Nullable List<List<@Nullable Object>> values) {
    return values == null ? 0 : values.stream().mapToLong(r -> r == null ? 0 : r.size()).sum();
  }

  /** The body as sheets, or 400 saying in one line what is wrong with it (never quoting it). */
  private static Body parse(ByteBuffer[] chunks) throws ServiceException {
    List<InputStream> parts =
        java.util.Arrays.stream(chunks)
            .map(
                b ->
                    (InputStream)
                        new ByteArrayInputStream(
                            b.array(), b.arrayOffset() + b.position(), b.remaining()))
            .toList();
    Body body;
    try (InputStream in = new SequenceInputStream(Collections.enumeration(parts))) {
      body = JSON.readValue(in, Body.class);
    } catch (JacksonException e) {
      throw bad(
          "The body is not the used ranges as JSON: "
              + "{\"sheets\": [{\"name\", \"address\", \"values\", \"numberFormat\", \"formulas\"}]}.");
    } catch (java.io.IOException e) {
      throw bad("The body could not be read.");
    }
    if (body == null || body.sheets() == null || body.sheets().isEmpty()) {
      throw bad("Send at least one sheet in \"sheets\".");
    }
    if (body.sheets().contains(null)) {
      throw bad("Each of \"sheets\" must be a sheet's used range, not null.");
    }
    return body;
  }

  private static ServiceException bad(String message) {
    return ServiceException.badRequest("workbook", message);
  }
}
